package com.salesplatform.platform.time;

import com.salesplatform.platform.config.PlatformProperties;
import java.time.Clock;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * The service's clock, in the company's time zone, and the {@link BusinessCalendar} read from it. A test that
 * defines its own {@link Clock} bean replaces both: the calendar always follows the clock's zone.
 */
@AutoConfiguration
@EnableConfigurationProperties(PlatformProperties.class)
public class TimeAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock(PlatformProperties properties) {
        return Clock.system(properties.timeZone());
    }

    @Bean
    @ConditionalOnMissingBean
    BusinessCalendar businessCalendar(Clock clock) {
        return BusinessCalendar.of(clock);
    }
}
