package com.salesplatform.targets.risk.query;

import com.salesplatform.platform.access.ScopePredicate;
import com.salesplatform.platform.web.PageQuery;
import com.salesplatform.platform.web.PageResponse;
import com.salesplatform.targets.risk.api.FindRiskQuery;
import com.salesplatform.targets.risk.api.FindRisksQuery;
import com.salesplatform.targets.risk.api.RiskCategory;
import com.salesplatform.targets.risk.api.RiskStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Answers the risk queries from {@code risk_summary}. */
@Component
class RiskRegister {

    /** A risk is its owner's; a manager's scope holds the risks of their team's current reps. */
    private static final ScopePredicate VISIBLE = ScopePredicate.ownerInActiveRosterTeam("owner_rep_id");

    private final JdbcTemplate jdbc;

    RiskRegister(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    Optional<RiskView> handle(FindRiskQuery query) {
        return jdbc.query("SELECT * FROM risk_summary WHERE risk_id = ?", this::view, query.riskId()).stream()
                .findFirst();
    }

    /** Raw return type: Axon matches an instance response type only against a plain class, not a generic one. */
    @QueryHandler
    @SuppressWarnings("rawtypes")
    PageResponse handle(FindRisksQuery query) {
        List<Object> args = new ArrayList<>();
        StringBuilder where = new StringBuilder(" WHERE TRUE");
        if (query.status() != null) {
            where.append(" AND status = ?");
            args.add(query.status().name());
        }
        if (query.category() != null) {
            where.append(" AND category = ?");
            args.add(query.category().name());
        }
        if (query.minScore() != null) {
            where.append(" AND score >= ?");
            args.add(query.minScore());
        }
        where.append(" AND ").append(VISIBLE.sql(query.scope(), args));
        PageQuery page = new PageQuery(query.page(), query.size());
        Long total = jdbc.queryForObject("SELECT count(*) FROM risk_summary" + where, Long.class, args.toArray());
        args.add(page.size());
        args.add(page.offset());
        List<RiskListItem> items = jdbc.query("SELECT * FROM risk_summary" + where
                        + " ORDER BY score DESC NULLS LAST, identified_at, risk_id LIMIT ? OFFSET ?",
                (rs, n) -> new RiskListItem(rs.getString("risk_id"), RiskCategory.valueOf(rs.getString("category")),
                        rs.getString("description"), rs.getString("owner_rep_id"), score(rs, "score"),
                        RiskStatus.valueOf(rs.getString("status"))),
                args.toArray());
        return PageResponse.of(items, page, total == null ? 0 : total);
    }

    private RiskView view(ResultSet rs, int rowNum) throws SQLException {
        String riskId = rs.getString("risk_id");
        return new RiskView(riskId, RiskCategory.valueOf(rs.getString("category")), rs.getString("description"),
                rs.getString("owner_rep_id"), score(rs, "likelihood"), score(rs, "impact"), score(rs, "score"),
                rs.getString("mitigation_plan"), rs.getString("contingency_plan"),
                RiskStatus.valueOf(rs.getString("status")), rs.getString("occurrence"), rs.getString("resolution"),
                links(riskId, RiskRegisterProjection.TARGET_LINK), links(riskId, RiskRegisterProjection.CUSTOMER_LINK),
                rs.getTimestamp("identified_at").toInstant(), adjustments(riskId));
    }

    private List<String> links(String riskId, String kind) {
        return jdbc.queryForList("SELECT linked_id FROM risk_link WHERE risk_id = ? AND kind = ? ORDER BY linked_id",
                String.class, riskId, kind);
    }

    private List<RiskView.TargetAdjustment> adjustments(String riskId) {
        return jdbc.query("""
                        SELECT target_id, previous_amount, amount, reason, adjusted_at FROM risk_target_adjustment
                        WHERE risk_id = ? ORDER BY adjusted_at, event_id""",
                (rs, n) -> new RiskView.TargetAdjustment(rs.getString("target_id"), rs.getBigDecimal("previous_amount"),
                        rs.getBigDecimal("amount"), rs.getString("reason"), rs.getTimestamp("adjusted_at").toInstant()),
                riskId);
    }

    private static Integer score(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }
}
