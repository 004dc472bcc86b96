package com.salesplatform.targets.lookup;

import com.salesplatform.platform.time.CalendarPeriod;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The incentive plans performance-service has defined, as far as this service has heard (id and period only), kept
 * by {@code integration.inbound.IncentivePlanReplica}.
 */
@Component
public class IncentivePlans {

    private final JdbcTemplate jdbc;

    IncentivePlans(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The period a known plan rewards. */
    public Optional<CalendarPeriod> periodOf(String planId) {
        return jdbc.queryForList("SELECT period FROM incentive_plan WHERE plan_id = ?", String.class, planId)
                .stream().findFirst().map(CalendarPeriod::parse);
    }
}
