package com.salesplatform.customers.customer.query;

import com.salesplatform.customers.customer.api.CommunicationLoggedEvent;
import com.salesplatform.customers.customer.api.CustomerConvertedEvent;
import com.salesplatform.customers.customer.api.CustomerLostEvent;
import com.salesplatform.customers.customer.api.CustomerMarkedDormantEvent;
import com.salesplatform.customers.customer.api.CustomerProfileUpdatedEvent;
import com.salesplatform.customers.customer.api.CustomerReassignedEvent;
import com.salesplatform.customers.customer.api.CustomerStatus;
import com.salesplatform.customers.customer.api.CustomerType;
import com.salesplatform.customers.customer.api.FindCustomerSummaryQuery;
import com.salesplatform.customers.customer.api.FindCustomersQuery;
import com.salesplatform.customers.customer.api.FollowUpCompletedEvent;
import com.salesplatform.customers.customer.api.LeadChannel;
import com.salesplatform.customers.customer.api.LeadQualifiedEvent;
import com.salesplatform.customers.customer.api.LeadRegisteredEvent;
import com.salesplatform.customers.customer.api.PersonalDataErasedEvent;
import com.salesplatform.customers.personaldata.PersonalDataCipher;
import com.salesplatform.platform.access.CallerScope;
import com.salesplatform.platform.access.ScopePredicate;
import com.salesplatform.platform.roster.RosterReplica;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@code customer_summary}: the list, the name search (pg_trgm index; ILIKE finds Chinese fragments too), the CSV and
 * who owns what. Subscribing, so it is written in the command's transaction and a new lead is found at once. A B2C
 * customer's name is kept opened while its key exists and becomes the pseudonym when it is erased (also on a replay
 * after the erasure).
 */
@Component
@ProcessingGroup("customer-summary")
public class CustomerSummaryProjection {

    private static final ScopePredicate VISIBLE = ScopePredicate.ownerAndTeamColumns("c.owner_rep_id", "r.team_id");

    private static final String SELECT = """
            SELECT c.*, r.team_id AS owner_team_id
            FROM customer_summary c LEFT JOIN %s r ON r.rep_id = c.owner_rep_id""".formatted(RosterReplica.REP_TABLE);

    private final JdbcTemplate jdbc;
    private final PersonalDataCipher cipher;

    CustomerSummaryProjection(JdbcTemplate jdbc, PersonalDataCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    @EventHandler
    void on(LeadRegisteredEvent event, @org.axonframework.eventhandling.Timestamp Instant at) {
        jdbc.update("""
                        INSERT INTO customer_summary (customer_id, name, type, industry, region, channel, status,
                                                      owner_rep_id, registered_at, updated_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (customer_id) DO NOTHING""",
                event.customerId(), cipher.nameOf(event.customerId(), event.type(), event.name()),
                event.type().name(), event.industry(), event.region(),
                event.channel().name(), CustomerStatus.LEAD.name(), event.ownerRepId(), Timestamp.from(at),
                Timestamp.from(at));
    }

    @EventHandler
    void on(LeadQualifiedEvent event, @org.axonframework.eventhandling.Timestamp Instant at) {
        status(event.customerId(), CustomerStatus.QUALIFIED, at);
    }

    @EventHandler
    void on(CustomerConvertedEvent event, @org.axonframework.eventhandling.Timestamp Instant at) {
        status(event.customerId(), CustomerStatus.ACTIVE, at);
    }

    @EventHandler
    void on(CustomerMarkedDormantEvent event, @org.axonframework.eventhandling.Timestamp Instant at) {
        status(event.customerId(), CustomerStatus.DORMANT, at);
    }

    @EventHandler
    void on(CustomerLostEvent event, @org.axonframework.eventhandling.Timestamp Instant at) {
        status(event.customerId(), CustomerStatus.LOST, at);
    }

    @EventHandler
    void on(CustomerProfileUpdatedEvent event, @org.axonframework.eventhandling.Timestamp Instant at) {
        jdbc.update("UPDATE customer_summary SET name = ?, type = ?, industry = ?, region = ?, updated_at = ?"
                        + " WHERE customer_id = ?", cipher.nameOf(event.customerId(), event.type(), event.name()),
                event.type().name(), event.industry(),
                event.region(), Timestamp.from(at), event.customerId());
    }

    @EventHandler
    void on(CustomerReassignedEvent event, @org.axonframework.eventhandling.Timestamp Instant at) {
        jdbc.update("UPDATE customer_summary SET owner_rep_id = ?, updated_at = ? WHERE customer_id = ?",
                event.ownerRepId(), Timestamp.from(at), event.customerId());
    }

    @EventHandler
    void on(PersonalDataErasedEvent event) {
        jdbc.update("UPDATE customer_summary SET name = ? WHERE customer_id = ? AND type = 'B2C'",
                PersonalDataCipher.pseudonym(event.customerId()), event.customerId());
    }

    @EventHandler
    void on(CommunicationLoggedEvent event) {
        contacted(event.customerId(), event.occurredAt());
    }

    @EventHandler
    void on(FollowUpCompletedEvent event) {
        contacted(event.customerId(), event.completedAt());
    }

    @QueryHandler
    Optional<CustomerSummary> handle(FindCustomerSummaryQuery query) {
        return jdbc.query(SELECT + " WHERE c.customer_id = ?", this::row, query.customerId()).stream().findFirst();
    }

    @QueryHandler
    CustomerList handle(FindCustomersQuery query) {
        List<String> conditions = new ArrayList<>();
        List<Object> arguments = new ArrayList<>();
        if (query.ownerRepId() != null) {
            conditions.add("c.owner_rep_id = ?");
            arguments.add(query.ownerRepId());
        }
        if (query.status() != null) {
            conditions.add("c.status = ?");
            arguments.add(query.status().name());
        }
        if (query.nameContains() != null) {
            conditions.add("c.name ILIKE ? ESCAPE '\\'");
            arguments.add("%" + escapeLike(query.nameContains()) + "%");
        }
        visibleTo(query.visibility(), conditions, arguments);
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        Long total = jdbc.queryForObject("SELECT count(*) FROM customer_summary c LEFT JOIN "
                + RosterReplica.REP_TABLE + " r"
                + " ON r.rep_id = c.owner_rep_id" + where, Long.class, arguments.toArray());
        arguments.add(query.page().size());
        arguments.add(query.page().offset());
        List<CustomerSummary> items = jdbc.query(SELECT + where + " ORDER BY c.name, c.customer_id LIMIT ? OFFSET ?",
                this::row, arguments.toArray());
        return new CustomerList(items, total == null ? 0 : total);
    }

    /**
     * The caller's scope over {@code customer_summary c LEFT JOIN roster_replica_rep r} (the platform's roster
     * replica: a customer is in a manager's team while its owner is), for every customer query.
     */
    static void visibleTo(CallerScope visibility, List<String> conditions, List<Object> arguments) {
        conditions.add(VISIBLE.sql(visibility, arguments));
    }

    static String escapeLike(String fragment) {
        return fragment.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private void status(String customerId, CustomerStatus status, Instant at) {
        jdbc.update("UPDATE customer_summary SET status = ?, updated_at = ? WHERE customer_id = ?", status.name(),
                Timestamp.from(at), customerId);
    }

    private void contacted(String customerId, Instant at) {
        jdbc.update("UPDATE customer_summary SET last_contact_at = GREATEST(COALESCE(last_contact_at, ?), ?)"
                + " WHERE customer_id = ?", Timestamp.from(at), Timestamp.from(at), customerId);
    }

    private CustomerSummary row(ResultSet rs, int rowNum) throws SQLException {
        return new CustomerSummary(rs.getString("customer_id"), rs.getString("name"),
                CustomerType.valueOf(rs.getString("type")), rs.getString("industry"), rs.getString("region"),
                LeadChannel.valueOf(rs.getString("channel")), CustomerStatus.valueOf(rs.getString("status")),
                rs.getString("owner_rep_id"), rs.getString("owner_team_id"), instant(rs, "registered_at"),
                instant(rs, "last_contact_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
