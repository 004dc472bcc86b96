package com.salesplatform.targets.target.query;

import com.salesplatform.targets.lookup.MeasuredAttainments;
import com.salesplatform.targets.target.api.Allocation;
import com.salesplatform.targets.target.api.FindTargetQuery;
import com.salesplatform.targets.target.api.TargetActivatedEvent;
import com.salesplatform.targets.target.api.TargetAdjustedEvent;
import com.salesplatform.targets.target.api.TargetAllocatedEvent;
import com.salesplatform.targets.target.api.TargetClosedEvent;
import com.salesplatform.targets.target.api.TargetMetric;
import com.salesplatform.targets.target.api.TargetScope;
import com.salesplatform.targets.target.api.TargetSetEvent;
import com.salesplatform.targets.target.api.TargetStatus;
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
 * The {@code target_summary} and {@code target_allocation} read model. A subscribing processor: it is written in the
 * command's transaction, so a client that follows the {@code Location} of a new target finds it at once.
 */
@Component
@ProcessingGroup("target-summary")
public class TargetSummaryProjection {

    private final JdbcTemplate jdbc;
    private final MeasuredAttainments attainments;

    TargetSummaryProjection(JdbcTemplate jdbc, MeasuredAttainments attainments) {
        this.jdbc = jdbc;
        this.attainments = attainments;
    }

    @EventHandler
    void on(TargetSetEvent event, @Timestamp Instant occurredAt) {
        jdbc.update("""
                        INSERT INTO target_summary (target_id, scope, owner_id, period, metric, amount, currency, status,
                            specific, achievable, relevant, time_bound, parent_target_id, incentive_plan_id, updated_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (target_id) DO NOTHING""",
                event.targetId(), event.scope().name(), event.ownerId(), event.period(), event.metric().name(),
                event.amount(), event.currency(), TargetStatus.DRAFT.name(), event.specific(), event.achievable(),
                event.relevant(), sqlTime(event.timeBound()), event.parentTargetId(), event.incentivePlanId(),
                sqlTime(occurredAt));
    }

    @EventHandler
    void on(TargetAllocatedEvent event, @Timestamp Instant occurredAt) {
        jdbc.update("DELETE FROM target_allocation WHERE target_id = ?", event.targetId());
        List<Allocation> allocations = event.allocations();
        for (int i = 0; i < allocations.size(); i++) {
            Allocation allocation = allocations.get(i);
            jdbc.update("INSERT INTO target_allocation (target_id, position, scope, owner_id, amount) "
                            + "VALUES (?, ?, ?, ?, ?)", event.targetId(), i, allocation.scope().name(),
                    allocation.ownerId(), allocation.amount());
        }
        touch(event.targetId(), occurredAt);
    }

    @EventHandler
    void on(TargetAdjustedEvent event, @Timestamp Instant occurredAt) {
        jdbc.update("UPDATE target_summary SET amount = ?, updated_at = ? WHERE target_id = ?",
                event.amount(), sqlTime(occurredAt), event.targetId());
    }

    @EventHandler
    void on(TargetActivatedEvent event, @Timestamp Instant occurredAt) {
        changeStatus(event.targetId(), TargetStatus.ACTIVE, occurredAt);
    }

    @EventHandler
    void on(TargetClosedEvent event, @Timestamp Instant occurredAt) {
        changeStatus(event.targetId(), TargetStatus.CLOSED, occurredAt);
    }

    @QueryHandler
    Optional<TargetView> handle(FindTargetQuery query) {
        return jdbc.query("SELECT * FROM target_summary WHERE target_id = ?", TargetSummaryProjection::definition,
                        query.targetId())
                .stream().findFirst()
                .map(target -> target.with(children(query.targetId()), allocations(query.targetId()),
                        attainments.of(query.targetId()).orElse(null)));
    }

    private void changeStatus(String targetId, TargetStatus status, Instant occurredAt) {
        jdbc.update("UPDATE target_summary SET status = ?, updated_at = ? WHERE target_id = ?",
                status.name(), sqlTime(occurredAt), targetId);
    }

    private void touch(String targetId, Instant occurredAt) {
        jdbc.update("UPDATE target_summary SET updated_at = ? WHERE target_id = ?", sqlTime(occurredAt),
                targetId);
    }

    private List<TargetView.Child> children(String parentId) {
        return jdbc.query("""
                        SELECT target_id, scope, owner_id, period, amount FROM target_summary
                        WHERE parent_target_id = ? ORDER BY period, owner_id""",
                (rs, n) -> new TargetView.Child(rs.getString("target_id"), TargetScope.valueOf(rs.getString("scope")),
                        rs.getString("owner_id"), rs.getString("period"), rs.getBigDecimal("amount")),
                parentId);
    }

    private List<Allocation> allocations(String targetId) {
        return jdbc.query("SELECT scope, owner_id, amount FROM target_allocation WHERE target_id = ? ORDER BY position",
                (rs, n) -> new Allocation(TargetScope.valueOf(rs.getString("scope")), rs.getString("owner_id"),
                        rs.getBigDecimal("amount")),
                targetId);
    }

    private static TargetView.Definition definition(ResultSet rs, int rowNum) throws SQLException {
        return new TargetView.Definition(rs.getString("target_id"), TargetScope.valueOf(rs.getString("scope")),
                rs.getString("owner_id"), rs.getString("period"), TargetMetric.valueOf(rs.getString("metric")),
                rs.getBigDecimal("amount"), rs.getString("currency"), TargetStatus.valueOf(rs.getString("status")),
                rs.getString("parent_target_id"), rs.getString("specific"), rs.getString("achievable"),
                rs.getString("relevant"), rs.getTimestamp("time_bound").toInstant(), rs.getString("incentive_plan_id"));
    }

    private static java.sql.Timestamp sqlTime(Instant instant) {
        return java.sql.Timestamp.from(instant);
    }
}
