package com.salesplatform.gateway.demo;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code sales.demo-data.*}: the demo organisation seeded through the gateway's own API on start (profile
 * {@code local} only, where application-local.yml switches it on; {@code SALES_DEMO_DATA=false} switches it off).
 *
 * @param enabled     seed at all (off unless configured)
 * @param callTimeout how long one call may keep being retried (a slow service, a replica catching up)
 * @param timeZone    the company's calendar: "today", "this month", "this quarter"
 */
@Validated
@ConfigurationProperties("sales.demo-data")
public record DemoDataProperties(
        @DefaultValue("false") boolean enabled,
        @NotNull @DefaultValue("5m") Duration callTimeout,
        @NotNull @DefaultValue("Asia/Shanghai") String timeZone) {
}
