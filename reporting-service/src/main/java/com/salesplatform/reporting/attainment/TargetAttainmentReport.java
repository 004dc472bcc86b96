package com.salesplatform.reporting.attainment;

import com.salesplatform.platform.security.CallerIdentity;
import com.salesplatform.platform.security.Role;
import com.salesplatform.platform.web.PageQuery;
import com.salesplatform.platform.web.PageResponse;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads {@code target_attainment} with the caller's visibility applied in SQL: ADMIN and INTEGRATION see every
 * target; everyone sees the company's; a MANAGER sees their team's and its reps'; a REP their own.
 */
@Component
public class TargetAttainmentReport {

    private final JdbcTemplate jdbc;

    TargetAttainmentReport(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public PageResponse<TargetAttainment> find(String period, String scope, String ownerId, CallerIdentity caller,
                                               PageQuery page) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<Object> arguments = new ArrayList<>();
        if (period != null) {
            where.append(" AND period = ?");
            arguments.add(period);
        }
        if (scope != null) {
            where.append(" AND scope = ?");
            arguments.add(scope);
        }
        if (ownerId != null) {
            where.append(" AND owner_id = ?");
            arguments.add(ownerId);
        }
        restrictToVisible(caller, where, arguments);

        Long total = jdbc.queryForObject("SELECT count(*) FROM target_attainment" + where, Long.class,
                arguments.toArray());
        List<Object> pageArguments = new ArrayList<>(arguments);
        pageArguments.add(page.size());
        pageArguments.add(page.offset());
        List<TargetAttainment> items = jdbc.query("SELECT * FROM target_attainment" + where
                        + " ORDER BY period, scope, owner_id NULLS FIRST, target_id LIMIT ? OFFSET ?",
                TargetAttainmentReport::row, pageArguments.toArray());
        return PageResponse.of(items, page, total == null ? 0 : total);
    }

    private static void restrictToVisible(CallerIdentity caller, StringBuilder where, List<Object> arguments) {
        if (caller.isAdmin() || caller.has(Role.INTEGRATION)) {
            return;
        }
        where.append(" AND (scope = 'COMPANY' OR (scope = 'REP' AND owner_id = ?)");
        arguments.add(caller.subject());
        if (caller.has(Role.MANAGER) && caller.teamId().isPresent()) {
            String team = caller.teamId().get();
            where.append(" OR (scope = 'TEAM' AND owner_id = ?)")
                    .append(" OR (scope = 'REP' AND owner_id IN (SELECT rep_id FROM roster_rep WHERE team_id = ?))");
            arguments.add(team);
            arguments.add(team);
        }
        where.append(")");
    }

    private static TargetAttainment row(ResultSet rs, int rowNum) throws SQLException {
        BigDecimal target = rs.getBigDecimal("target_amount");
        BigDecimal actual = rs.getBigDecimal("actual");
        BigDecimal percent = actual.multiply(BigDecimal.valueOf(100)).divide(target, 2, RoundingMode.HALF_UP);
        return new TargetAttainment(rs.getString("target_id"), rs.getString("scope"), rs.getString("owner_id"),
                rs.getString("period"), rs.getString("metric"), target, rs.getString("currency"), actual, percent,
                rs.getString("status"), rs.getTimestamp("time_bound").toInstant());
    }
}
