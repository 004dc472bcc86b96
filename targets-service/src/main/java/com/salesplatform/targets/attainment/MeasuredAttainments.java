package com.salesplatform.targets.attainment;

import com.salesplatform.targets.integration.inbound.AttainmentMeasuredV1;
import java.sql.Timestamp;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The latest attainment reporting-service measured for each target (a copy; the computation is reporting's). A
 * measurement arriving after a later one of the same target is ignored.
 */
@Component
public class MeasuredAttainments {

    private final JdbcTemplate jdbc;

    MeasuredAttainments(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Attainment> of(String targetId) {
        return jdbc.query("SELECT * FROM target_attainment_measure WHERE target_id = ?", (rs, n) -> new Attainment(
                        rs.getBigDecimal("target"), rs.getBigDecimal("actual"), rs.getBigDecimal("percent"),
                        rs.getBigDecimal("forecast"), rs.getBigDecimal("forecast_percent"), rs.getString("outlook"),
                        rs.getTimestamp("measured_at").toInstant()), targetId)
                .stream().findFirst();
    }

    void record(AttainmentMeasuredV1 measured, long sequence) {
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
