package com.salesplatform.platform.access;

import com.salesplatform.platform.roster.RosterAutoConfiguration;
import com.salesplatform.platform.roster.RosterReplica;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.context.annotation.Bean;

/** {@link OwnerScope} for a service that keeps the roster replica. */
@AutoConfiguration(after = RosterAutoConfiguration.class)
@ConditionalOnBean(RosterReplica.class)
public class AccessAutoConfiguration {

    @Bean
    public OwnerScope ownerScope(RosterReplica roster) {
        return new OwnerScope(roster);
    }
}
