package com.salesplatform.customers.customer.query;

import com.salesplatform.customers.customer.api.CommunicationLoggedEvent;
import com.salesplatform.customers.customer.api.CommunicationType;
import com.salesplatform.customers.customer.api.ComplaintOpenedEvent;
import com.salesplatform.customers.customer.api.ComplaintResolvedEvent;
import com.salesplatform.customers.customer.api.ComplaintStatus;
import com.salesplatform.customers.customer.api.CustomerReassignedEvent;
import com.salesplatform.customers.customer.api.FindCommunicationsQuery;
import com.salesplatform.customers.customer.api.FindComplaintsQuery;
import com.salesplatform.customers.customer.api.FindFollowUpsQuery;
import com.salesplatform.customers.customer.api.FollowUpCompletedEvent;
import com.salesplatform.customers.customer.api.FollowUpDueFilter;
import com.salesplatform.customers.customer.api.FollowUpOverdueEvent;
import com.salesplatform.customers.customer.api.FollowUpScheduledEvent;
import com.salesplatform.customers.customer.api.FollowUpStatus;
import com.salesplatform.customers.customer.api.PersonalDataErasedEvent;
import com.salesplatform.customers.personaldata.PersonalDataCipher;
import com.salesplatform.platform.roster.RosterReplica;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/**
 * A customer's communications, follow-ups and complaints as paged lists, and the follow-up work list across the
 * customers a caller may see. A streaming processor: it fills from the whole event store when first deployed, and
 * each handler is an idempotent upsert, so a replay changes nothing.
 */
@Component
@ProcessingGroup("customer-activity")
public class CustomerActivityProjection {

    private static final String FOLLOW_UPS = """
            FROM customer_follow_up f JOIN customer_summary c ON c.customer_id = f.customer_id
            LEFT JOIN %s r ON r.rep_id = c.owner_rep_id""".formatted(RosterReplica.REP_TABLE);

    private final JdbcTemplate jdbc;
    private final PersonalDataCipher cipher;

    CustomerActivityProjection(JdbcTemplate jdbc, PersonalDataCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    @EventHandler
    void on(CommunicationLoggedEvent event, @org.axonframework.eventhandling.Timestamp Instant at) {
        jdbc.update("""
                        INSERT INTO customer_communication (communication_id, customer_id, owner_rep_id, type,
                          occurred_at, summary, outcome, next_step, logged_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (communication_id) DO NOTHING""",
                event.communicationId(), event.customerId(), event.ownerRepId(), event.type().name(),
                Timestamp.from(event.occurredAt()), text(event.customerId(), event.summary()),
                text(event.customerId(), event.outcome()), text(event.customerId(), event.nextStep()),
                Timestamp.from(at));
    }

    /** A sealed text opened; null once erased, as the erasure below leaves it (also on a replay after it). */
    private String text(String customerId, String sealed) {
        return cipher.openText(customerId, sealed);
    }

    @EventHandler
    void on(FollowUpScheduledEvent event, @org.axonframework.eventhandling.Timestamp Instant at) {
        jdbc.update("""
                        INSERT INTO customer_follow_up (follow_up_id, customer_id, owner_rep_id, due_at, purpose,
                          status, scheduled_at)
                        VALUES (?, ?, ?, ?, ?, 'OPEN', ?) ON CONFLICT (follow_up_id) DO NOTHING""",
                event.followUpId(), event.customerId(), event.ownerRepId(), Timestamp.from(event.dueAt()),
                text(event.customerId(), event.purpose()), Timestamp.from(at));
    }

    @EventHandler
    void on(FollowUpOverdueEvent event) {
        jdbc.update("UPDATE customer_follow_up SET overdue = TRUE WHERE follow_up_id = ?", event.followUpId());
    }

    @EventHandler
    void on(FollowUpCompletedEvent event) {
        jdbc.update("""
                        UPDATE customer_follow_up SET status = 'DONE', completed_at = ?, outcome = ?, on_time = ?,
                          satisfaction_score = ? WHERE follow_up_id = ?""",
                Timestamp.from(event.completedAt()), text(event.customerId(), event.outcome()), event.onTime(),
                event.satisfactionScore(),
                event.followUpId());
    }

    @EventHandler
    void on(ComplaintOpenedEvent event) {
        jdbc.update("""
                        INSERT INTO customer_complaint (complaint_id, customer_id, owner_rep_id, subject, description,
                          status, opened_at)
                        VALUES (?, ?, ?, ?, ?, 'OPEN', ?) ON CONFLICT (complaint_id) DO NOTHING""",
                event.complaintId(), event.customerId(), event.ownerRepId(), event.subject(),
                text(event.customerId(), event.description()),
                Timestamp.from(event.openedAt()));
    }

    @EventHandler
    void on(ComplaintResolvedEvent event) {
        jdbc.update("""
                        UPDATE customer_complaint SET status = 'RESOLVED', resolved_at = ?, resolution = ?,
                          resolution_seconds = ? WHERE complaint_id = ?""",
                Timestamp.from(event.resolvedAt()), text(event.customerId(), event.resolution()),
                event.resolutionSeconds(),
                event.complaintId());
    }

    @EventHandler
    void on(CustomerReassignedEvent event) {
        jdbc.update("UPDATE customer_follow_up SET owner_rep_id = ? WHERE customer_id = ? AND status = 'OPEN'",
                event.ownerRepId(), event.customerId());
    }

    /** Free texts may name people: they go with the customer's personal data. */
    @EventHandler
    void on(PersonalDataErasedEvent event) {
        jdbc.update("UPDATE customer_communication SET summary = NULL, outcome = NULL, next_step = NULL"
                + " WHERE customer_id = ?", event.customerId());
        jdbc.update("UPDATE customer_follow_up SET purpose = NULL, outcome = NULL WHERE customer_id = ?",
                event.customerId());
        jdbc.update("UPDATE customer_complaint SET description = NULL, resolution = NULL WHERE customer_id = ?",
                event.customerId());
    }

    @QueryHandler
    CommunicationPage handle(FindCommunicationsQuery query) {
        List<Object> arguments = new ArrayList<>(List.of(query.customerId()));
        String where = " WHERE customer_id = ?";
        if (query.communicationId() != null) {
            where += " AND communication_id = ?";
            arguments.add(query.communicationId());
        }
        return new CommunicationPage(items("SELECT * FROM customer_communication" + where
                        + " ORDER BY occurred_at DESC, communication_id LIMIT ? OFFSET ?", arguments, query.limit(),
                query.offset(), CustomerActivityProjection::communication),
                count("SELECT count(*) FROM customer_communication" + where, arguments));
    }

    @QueryHandler
    FollowUpPage handle(FindFollowUpsQuery query) {
        List<String> conditions = new ArrayList<>();
        List<Object> arguments = new ArrayList<>();
        if (query.customerId() != null) {
            conditions.add("f.customer_id = ?");
            arguments.add(query.customerId());
        }
        if (query.followUpId() != null) {
            conditions.add("f.follow_up_id = ?");
            arguments.add(query.followUpId());
        }
        if (query.ownerRepId() != null) {
            conditions.add("f.owner_rep_id = ?");
            arguments.add(query.ownerRepId());
        }
        if (query.status() != null) {
            conditions.add("f.status = ?");
            arguments.add(query.status().name());
        }
        if (query.due() == FollowUpDueFilter.TODAY) {
            conditions.add("f.status = 'OPEN' AND f.due_at >= ? AND f.due_at < ?");
            arguments.add(Timestamp.from(query.todayStart()));
            arguments.add(Timestamp.from(query.todayEnd()));
        } else if (query.due() == FollowUpDueFilter.OVERDUE) {
            conditions.add("f.status = 'OPEN' AND f.due_at < ?");
            arguments.add(Timestamp.from(query.now()));
        }
        CustomerSummaryProjection.visibleTo(query.visibility(), conditions, arguments);
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        Instant now = query.now();
        return new FollowUpPage(items("SELECT f.*, c.name AS customer_name " + FOLLOW_UPS + where
                        + " ORDER BY f.due_at, f.follow_up_id LIMIT ? OFFSET ?", arguments, query.limit(),
                query.offset(), (rs, row) -> followUp(rs, now)),
                count("SELECT count(*) " + FOLLOW_UPS + where, arguments));
    }

    @QueryHandler
    ComplaintPage handle(FindComplaintsQuery query) {
        List<Object> arguments = new ArrayList<>(List.of(query.customerId()));
        String where = " WHERE customer_id = ?";
        if (query.complaintId() != null) {
            where += " AND complaint_id = ?";
            arguments.add(query.complaintId());
        }
        if (query.status() != null) {
            where += " AND status = ?";
            arguments.add(query.status().name());
        }
        return new ComplaintPage(items("SELECT * FROM customer_complaint" + where
                        + " ORDER BY opened_at DESC, complaint_id LIMIT ? OFFSET ?", arguments, query.limit(),
                query.offset(), CustomerActivityProjection::complaint),
                count("SELECT count(*) FROM customer_complaint" + where, arguments));
    }

    private <T> List<T> items(String select, List<Object> arguments, int limit, long offset, RowMapper<T> rows) {
        List<Object> paged = new ArrayList<>(arguments);
        paged.add(limit);
        paged.add(offset);
        return jdbc.query(select, rows, paged.toArray());
    }

    private long count(String count, List<Object> arguments) {
        Long total = jdbc.queryForObject(count, Long.class, arguments.toArray());
        return total == null ? 0 : total;
    }

    private static CommunicationView communication(ResultSet rs, int row) throws SQLException {
        return new CommunicationView(rs.getString("communication_id"), rs.getString("customer_id"),
                rs.getString("owner_rep_id"), CommunicationType.valueOf(rs.getString("type")),
                rs.getTimestamp("occurred_at").toInstant(), rs.getString("summary"), rs.getString("outcome"),
                rs.getString("next_step"), rs.getTimestamp("logged_at").toInstant());
    }

    /** Overdue once the due time has passed, whether or not the deadline has fired yet. */
    private static FollowUpView followUp(ResultSet rs, Instant now) throws SQLException {
        FollowUpStatus status = FollowUpStatus.valueOf(rs.getString("status"));
        Instant dueAt = rs.getTimestamp("due_at").toInstant();
        boolean overdue = status == FollowUpStatus.OPEN && (rs.getBoolean("overdue") || dueAt.isBefore(now));
        return new FollowUpView(rs.getString("follow_up_id"), rs.getString("customer_id"),
                rs.getString("customer_name"), rs.getString("owner_rep_id"), dueAt, rs.getString("purpose"), status,
                overdue, instant(rs, "completed_at"), rs.getString("outcome"), (Boolean) rs.getObject("on_time"),
                (Integer) rs.getObject("satisfaction_score"));
    }

    private static ComplaintView complaint(ResultSet rs, int row) throws SQLException {
        return new ComplaintView(rs.getString("complaint_id"), rs.getString("customer_id"),
                rs.getString("owner_rep_id"), rs.getString("subject"), rs.getString("description"),
                ComplaintStatus.valueOf(rs.getString("status")), rs.getTimestamp("opened_at").toInstant(),
                instant(rs, "resolved_at"), rs.getString("resolution"), (Long) rs.getObject("resolution_seconds"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
