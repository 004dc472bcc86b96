package com.salesplatform.platform.time;

import com.salesplatform.platform.config.PlatformProperties;
import java.time.Clock;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

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

    /** Reads {@code asOf} request parameters ({@link AsOf}) in the company's calendar. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    static class AsOfParameters implements WebMvcConfigurer {

        private final BusinessCalendar calendar;

        AsOfParameters(BusinessCalendar calendar) {
            this.calendar = calendar;
        }

        @Override
        public void addFormatters(FormatterRegistry registry) {
            registry.addConverter(String.class, AsOf.class, value -> AsOf.parse(value, calendar));
        }
    }
}
