package com.salesplatform.targets.target.query;

import com.salesplatform.targets.target.api.FindTargetQuery;
import com.salesplatform.targets.target.api.TargetMetric;
import com.salesplatform.targets.target.api.TargetScope;
import com.salesplatform.targets.target.api.TargetSetEvent;
import com.salesplatform.targets.target.api.TargetStatus;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The {@code target_summary} read model. A subscribing processor: it is written in the command's transaction, so a
 * client that follows the {@code Location} of a new target finds it at once.
 */
@Component
@ProcessingGroup("target-summary")
public class TargetSummaryProjection {

    private final JdbcTemplate jdbc;

    TargetSummaryProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(TargetSetEvent event, @Timestamp Instant occurredAt) {
        jdbc.update("""
                        INSERT INTO target_summary (target_id, scope, owner_id, period, metric, amount, currency, status,
                            specific, achievable, relevant, time_bound, parent_target_id, updated_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (target_id) DO NOTHING""",
                event.targetId(), event.scope().name(), event.ownerId(), event.period(), event.metric().name(),
                event.amount(), event.currency(), TargetStatus.DRAFT.name(), event.specific(), event.achievable(),
                event.relevant(), java.sql.Timestamp.from(event.timeBound()), event.parentTargetId(),
                java.sql.Timestamp.from(occurredAt));
    }

    @QueryHandler
    Optional<TargetView> handle(FindTargetQuery query) {
        return jdbc.query("SELECT * FROM target_summary WHERE target_id = ?", this::row, query.targetId())
                .stream().findFirst()
                .map(row -> row.withChildren(children(query.targetId())));
    }

    private List<TargetView.Child> children(String parentId) {
        return jdbc.query("""
                        SELECT target_id, scope, owner_id, period, amount FROM target_summary
                        WHERE parent_target_id = ? ORDER BY period, owner_id""",
                (rs, n) -> new TargetView.Child(rs.getString("target_id"), TargetScope.valueOf(rs.getString("scope")),
                        rs.getString("owner_id"), rs.getString("period"), rs.getBigDecimal("amount")),
                parentId);
    }

    private Row row(ResultSet rs, int rowNum) throws SQLException {
        return new Row(rs.getString("target_id"), TargetScope.valueOf(rs.getString("scope")),
                rs.getString("owner_id"), rs.getString("period"), TargetMetric.valueOf(rs.getString("metric")),
                rs.getBigDecimal("amount"), rs.getString("currency"), TargetStatus.valueOf(rs.getString("status")),
                rs.getString("parent_target_id"), rs.getString("specific"), rs.getString("achievable"),
                rs.getString("relevant"), rs.getTimestamp("time_bound").toInstant());
    }

    private record Row(String id, TargetScope scope, String ownerId, String period, TargetMetric metric,
                       BigDecimal amount, String currency, TargetStatus status, String parentTargetId,
                       String specific, String achievable, String relevant, Instant timeBound) {

        TargetView withChildren(List<TargetView.Child> children) {
            BigDecimal allocated = children.stream().map(TargetView.Child::amount)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            boolean balanced = children.isEmpty() || allocated.compareTo(amount) == 0;
            return new TargetView(id, scope, ownerId, period, metric, amount, currency, status, balanced,
                    parentTargetId, specific, achievable, relevant, timeBound, children);
        }
    }
}
