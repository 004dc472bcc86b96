package com.salesplatform.targets.lookup;

import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The latest attainment reporting-service measured for each target: a copy (the computation is reporting's), kept by
 * {@code integration.inbound.AttainmentReplica}.
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
}
