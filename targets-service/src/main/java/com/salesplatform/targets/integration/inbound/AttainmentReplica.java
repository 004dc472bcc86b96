package com.salesplatform.targets.integration.inbound;

import com.salesplatform.platform.config.PlatformProperties;
import com.salesplatform.platform.inbox.InboundSubscription;
import com.salesplatform.targets.lookup.MeasuredAttainments;
import java.sql.Timestamp;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Keeps the copy {@link MeasuredAttainments} reads from {@code sales.reports.events}: the latest measurement of each
 * target, by the target's stream sequence (a measurement arriving after a later one of the same target is ignored).
 */
@Configuration(proxyBeanMethods = false)
class AttainmentReplica {

    @Bean
    InboundSubscription attainmentSubscription(JdbcTemplate jdbc) {
        return InboundSubscription.named("attainment-replica")
                .topic(PlatformProperties.topicOf("reports"))
                .on("AttainmentMeasured", 1, AttainmentMeasuredV1.class,
                        (measured, envelope) -> record(jdbc, measured, envelope.sequence()))
                .build();
    }

    private static void record(JdbcTemplate jdbc, AttainmentMeasuredV1 measured, long sequence) {
        jdbc.update("""
                        INSERT INTO target_attainment_measure (target_id, sequence, target, actual, percent, forecast,
                            forecast_percent, outlook, measured_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (target_id) DO UPDATE SET sequence = EXCLUDED.sequence, target = EXCLUDED.target,
                            actual = EXCLUDED.actual, percent = EXCLUDED.percent, forecast = EXCLUDED.forecast,
                            forecast_percent = EXCLUDED.forecast_percent, outlook = EXCLUDED.outlook,
                            measured_at = EXCLUDED.measured_at
                        WHERE target_attainment_measure.sequence < EXCLUDED.sequence""",
                measured.targetId(), sequence, measured.target(), measured.actual(), measured.attainmentPercent(),
                measured.runRateForecast(), measured.forecastPercent(), measured.outlook(),
                Timestamp.from(measured.measuredAt()));
    }
}
