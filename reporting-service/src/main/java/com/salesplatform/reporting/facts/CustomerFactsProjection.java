package com.salesplatform.reporting.facts;

import static com.salesplatform.reporting.facts.Timestamps.at;

import com.salesplatform.platform.config.PlatformProperties;
import com.salesplatform.platform.inbox.InboundSubscription;
import com.salesplatform.platform.publishing.EventEnvelope;
import com.salesplatform.reporting.integration.inbound.CustomerEvents.CommunicationLoggedV1;
import com.salesplatform.reporting.integration.inbound.CustomerEvents.ComplaintOpenedV1;
import com.salesplatform.reporting.integration.inbound.CustomerEvents.ComplaintResolvedV1;
import com.salesplatform.reporting.integration.inbound.CustomerEvents.CustomerConvertedV1;
import com.salesplatform.reporting.integration.inbound.CustomerEvents.CustomerProfileUpdatedV1;
import com.salesplatform.reporting.integration.inbound.CustomerEvents.CustomerProfileUpdatedV2;
import com.salesplatform.reporting.integration.inbound.CustomerEvents.CustomerReassignedV1;
import com.salesplatform.reporting.integration.inbound.CustomerEvents.CustomerStatusChangedV1;
import com.salesplatform.reporting.integration.inbound.CustomerEvents.FollowUpCompletedV1;
import com.salesplatform.reporting.integration.inbound.CustomerEvents.FollowUpOverdueV1;
import com.salesplatform.reporting.integration.inbound.CustomerEvents.FollowUpScheduledV1;
import com.salesplatform.reporting.integration.inbound.CustomerEvents.LeadRegisteredV1;
import com.salesplatform.reporting.integration.inbound.CustomerEvents.LeadRegisteredV2;
import com.salesplatform.reporting.integration.inbound.CustomerEvents.ProspectingPlanSetV1;
import java.time.Instant;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Customers, contacts with them, follow-ups, complaints and prospecting plans as facts (no personal data: a B2C
 * customer is kept under its pseudonym, whichever version of its events arrives).
 */
@Configuration(proxyBeanMethods = false)
class CustomerFactsProjection {

    private final JdbcTemplate jdbc;

    CustomerFactsProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Bean
    InboundSubscription customerFacts() {
        return InboundSubscription.named("customer-facts")
                .topic(PlatformProperties.topicOf("customers"))
                .on("LeadRegistered", 1, LeadRegisteredV1.class, (e, env) -> leadRegistered(e.asV2(), env))
                .on("LeadRegistered", 2, LeadRegisteredV2.class, this::leadRegistered)
                .on("CustomerConverted", 1, CustomerConvertedV1.class, (e, env) -> jdbc.update(
                        "UPDATE customer_fact SET status = 'ACTIVE', converted_at = ? WHERE customer_id = ?",
                        at(env.occurredAt()), e.customerId()))
                .on("CustomerProfileUpdated", 1, CustomerProfileUpdatedV1.class,
                        (e, env) -> profileUpdated(e.asV2()))
                .on("CustomerProfileUpdated", 2, CustomerProfileUpdatedV2.class, (e, env) -> profileUpdated(e))
                .on("LeadQualified", 1, CustomerStatusChangedV1.class, (e, env) -> status(e, "QUALIFIED"))
                .on("CustomerMarkedDormant", 1, CustomerStatusChangedV1.class, (e, env) -> status(e, "DORMANT"))
                .on("CustomerLost", 1, CustomerStatusChangedV1.class, (e, env) -> status(e, "LOST"))
                .on("CustomerReassigned", 1, CustomerReassignedV1.class, (e, env) -> jdbc.update(
                        "UPDATE customer_fact SET owner_rep_id = ? WHERE customer_id = ?", e.ownerRepId(),
                        e.customerId()))
                .on("CommunicationLogged", 1, CommunicationLoggedV1.class, this::communicationLogged)
                .on("CommunicationLogged", 2, CommunicationLoggedV1.class, this::communicationLogged)
                .on("FollowUpScheduled", 1, FollowUpScheduledV1.class, this::followUpScheduled)
                .on("FollowUpScheduled", 2, FollowUpScheduledV1.class, this::followUpScheduled)
                .on("FollowUpCompleted", 1, FollowUpCompletedV1.class, this::followUpCompleted)
                .on("FollowUpCompleted", 2, FollowUpCompletedV1.class, this::followUpCompleted)
                .on("FollowUpOverdue", 1, FollowUpOverdueV1.class, (e, env) -> jdbc.update(
                        "UPDATE follow_up_fact SET overdue_at = ? WHERE follow_up_id = ?", at(env.occurredAt()),
                        e.followUpId()))
                .on("ComplaintOpened", 1, ComplaintOpenedV1.class, this::complaintOpened)
                .on("ComplaintOpened", 2, ComplaintOpenedV1.class, this::complaintOpened)
                .on("ComplaintResolved", 1, ComplaintResolvedV1.class, this::complaintResolved)
                .on("ComplaintResolved", 2, ComplaintResolvedV1.class, this::complaintResolved)
                .on("ProspectingPlanSet", 1, ProspectingPlanSetV1.class, (e, env) -> jdbc.update("""
                                INSERT INTO prospecting_plan (rep_id, month, minimum_new_leads) VALUES (?, ?, ?)
                                ON CONFLICT (rep_id, month) DO UPDATE SET minimum_new_leads = EXCLUDED.minimum_new_leads""",
                        e.repId(), e.month(), e.minimumNewLeads()))
                .build();
    }

    private void profileUpdated(CustomerProfileUpdatedV2 profile) {
        jdbc.update("UPDATE customer_fact SET name = ?, region = ?, industry = ? WHERE customer_id = ?",
                profile.name(), profile.region(), profile.industry(), profile.customerId());
    }

    private void leadRegistered(LeadRegisteredV2 lead, EventEnvelope envelope) {
        jdbc.update("""
                        INSERT INTO customer_fact (customer_id, name, region, industry, channel, owner_rep_id, status,
                            registered_at)
                        VALUES (?, ?, ?, ?, ?, ?, 'LEAD', ?)""",
                lead.customerId(), lead.name(), lead.region(), lead.industry(), lead.channel(), lead.ownerRepId(),
                at(envelope.occurredAt()));
    }

    private void followUpScheduled(FollowUpScheduledV1 followUp, EventEnvelope envelope) {
        jdbc.update("INSERT INTO follow_up_fact (follow_up_id, customer_id, rep_id, due_at) VALUES (?, ?, ?, ?)",
                followUp.followUpId(), followUp.customerId(), followUp.ownerRepId(), at(followUp.dueAt()));
    }

    private void complaintOpened(ComplaintOpenedV1 complaint, EventEnvelope envelope) {
        jdbc.update("INSERT INTO complaint_fact (complaint_id, customer_id, rep_id, opened_at) VALUES (?, ?, ?, ?)",
                complaint.complaintId(), complaint.customerId(), complaint.ownerRepId(),
                at(orElse(complaint.openedAt(), envelope)));
    }

    private void complaintResolved(ComplaintResolvedV1 complaint, EventEnvelope envelope) {
        jdbc.update("UPDATE complaint_fact SET resolved_at = ? WHERE complaint_id = ?",
                at(orElse(complaint.resolvedAt(), envelope)), complaint.complaintId());
    }

    private void status(CustomerStatusChangedV1 event, String status) {
        jdbc.update("UPDATE customer_fact SET status = ? WHERE customer_id = ?", status, event.customerId());
    }

    private void communicationLogged(CommunicationLoggedV1 communication, EventEnvelope envelope) {
        Instant occurredAt = orElse(communication.occurredAt(), envelope);
        jdbc.update("""
                        INSERT INTO communication_fact (communication_id, customer_id, rep_id, type, occurred_at)
                        VALUES (?, ?, ?, ?, ?)""",
                communication.communicationId() == null ? envelope.eventId() : communication.communicationId(),
                communication.customerId(), communication.ownerRepId(), communication.type(), at(occurredAt));
        touchLastContact(communication.customerId(), occurredAt);
    }

    private void touchLastContact(String customerId, Instant contactedAt) {
        jdbc.update("""
                        UPDATE customer_fact SET last_contact_at = GREATEST(COALESCE(last_contact_at, ?), ?)
                        WHERE customer_id = ?""",
                at(contactedAt), at(contactedAt), customerId);
    }

    private void followUpCompleted(FollowUpCompletedV1 completion, EventEnvelope envelope) {
        Instant completedAt = orElse(completion.completedAt(), envelope);
        jdbc.update("""
                        UPDATE follow_up_fact SET completed_at = ?, on_time = COALESCE(?, ? <= due_at)
                        WHERE follow_up_id = ?""",
                at(completedAt), completion.onTime(), at(completedAt), completion.followUpId());
        touchLastContact(completion.customerId(), completedAt);
    }

    private static Instant orElse(Instant instant, EventEnvelope envelope) {
        return instant == null ? envelope.occurredAt() : instant;
    }
}
