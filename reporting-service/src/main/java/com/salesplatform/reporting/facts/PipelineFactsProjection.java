package com.salesplatform.reporting.facts;

import static com.salesplatform.reporting.facts.Timestamps.at;

import com.salesplatform.platform.config.PlatformProperties;
import com.salesplatform.platform.inbox.InboundSubscription;
import com.salesplatform.platform.publishing.EventEnvelope;
import com.salesplatform.reporting.integration.inbound.OpportunityEvents.OpportunityLostV1;
import com.salesplatform.reporting.integration.inbound.OpportunityEvents.OpportunityOpenedV1;
import com.salesplatform.reporting.integration.inbound.OpportunityEvents.OpportunityStageChangedV1;
import com.salesplatform.reporting.integration.inbound.OpportunityEvents.OpportunityWonV1;
import com.salesplatform.reporting.integration.inbound.OpportunityEvents.ProductAddedV1;
import com.salesplatform.reporting.integration.inbound.OpportunityEvents.ProductPriceChangedV1;
import java.sql.Date;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** Opportunities with the time spent in each stage, and the product catalogue's names. */
@Configuration(proxyBeanMethods = false)
class PipelineFactsProjection {

    private final JdbcTemplate jdbc;

    PipelineFactsProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Bean
    InboundSubscription pipelineFacts() {
        return InboundSubscription.named("pipeline-facts")
                .topic(PlatformProperties.topicOf("orders"))
                .on("OpportunityOpened", 1, OpportunityOpenedV1.class, this::opened)
                .on("OpportunityStageChanged", 1, OpportunityStageChangedV1.class, this::stageChanged)
                .on("OpportunityWon", 1, OpportunityWonV1.class, (e, env) -> {
                    close(e.opportunityId(), "WON", env);
                    jdbc.update("UPDATE opportunity_fact SET won_amount = ?, probability = 100 WHERE opportunity_id = ?",
                            e.amount(), e.opportunityId());
                })
                .on("OpportunityLost", 1, OpportunityLostV1.class, (e, env) -> {
                    close(e.opportunityId(), "LOST", env);
                    jdbc.update("""
                                    UPDATE opportunity_fact SET loss_reason = ?, competitor = ?, probability = 0
                                    WHERE opportunity_id = ?""", e.reason(), e.competitor(), e.opportunityId());
                })
                .on("ProductAdded", 1, ProductAddedV1.class, (e, env) -> jdbc.update("""
                                INSERT INTO product_fact (sku, name, category, list_price) VALUES (?, ?, ?, ?)
                                ON CONFLICT (sku) DO UPDATE SET name = EXCLUDED.name, category = EXCLUDED.category,
                                  list_price = EXCLUDED.list_price""",
                        e.sku(), e.name(), e.category(), e.listPrice()))
                .on("ProductPriceChanged", 1, ProductPriceChangedV1.class, (e, env) -> jdbc.update(
                        "UPDATE product_fact SET list_price = ? WHERE sku = ?", e.listPrice(), e.sku()))
                .build();
    }

    private void opened(OpportunityOpenedV1 opportunity, EventEnvelope envelope) {
        jdbc.update("""
                        INSERT INTO opportunity_fact (opportunity_id, customer_id, rep_id, team_id, expected_amount,
                            expected_close_date, stage, probability, opened_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                opportunity.opportunityId(), opportunity.customerId(), opportunity.repId(), opportunity.teamId(),
                opportunity.expectedAmount(),
                opportunity.expectedCloseDate() == null ? null : Date.valueOf(opportunity.expectedCloseDate()),
                opportunity.stage(), opportunity.probability(), at(envelope.occurredAt()));
        enterStage(opportunity.opportunityId(), opportunity.stage(), envelope);
    }

    private void stageChanged(OpportunityStageChangedV1 change, EventEnvelope envelope) {
        jdbc.update("""
                        UPDATE opportunity_fact SET stage = ?, probability = ?,
                          expected_amount = COALESCE(?, expected_amount), closed_at = NULL, outcome = NULL
                        WHERE opportunity_id = ?""",
                change.toStage(), change.probability(), change.expectedAmount(), change.opportunityId());
        leaveStage(change.opportunityId(), envelope);
        enterStage(change.opportunityId(), change.toStage(), envelope);
    }

    private void close(String opportunityId, String outcome, EventEnvelope envelope) {
        jdbc.update("UPDATE opportunity_fact SET stage = ?, outcome = ?, closed_at = ? WHERE opportunity_id = ?",
                outcome, outcome, at(envelope.occurredAt()), opportunityId);
        leaveStage(opportunityId, envelope);
        enterStage(opportunityId, outcome, envelope);
    }

    private void enterStage(String opportunityId, String stage, EventEnvelope envelope) {
        jdbc.update("INSERT INTO opportunity_stage_fact (opportunity_id, stage, entered_at) VALUES (?, ?, ?)",
                opportunityId, stage, at(envelope.occurredAt()));
    }

    private void leaveStage(String opportunityId, EventEnvelope envelope) {
        jdbc.update("UPDATE opportunity_stage_fact SET left_at = ? WHERE opportunity_id = ? AND left_at IS NULL",
                at(envelope.occurredAt()), opportunityId);
    }
}
