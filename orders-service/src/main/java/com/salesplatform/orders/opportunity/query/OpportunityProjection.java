package com.salesplatform.orders.opportunity.query;

import com.salesplatform.orders.access.SalesRows;
import com.salesplatform.orders.opportunity.api.FindOpportunitiesQuery;
import com.salesplatform.orders.opportunity.api.FindOpportunityQuery;
import com.salesplatform.orders.opportunity.api.NegotiationRoundRecordedEvent;
import com.salesplatform.orders.opportunity.api.OpportunityLostEvent;
import com.salesplatform.orders.opportunity.api.OpportunityOpenedEvent;
import com.salesplatform.orders.opportunity.api.OpportunityStage;
import com.salesplatform.orders.opportunity.api.OpportunityStageChangedEvent;
import com.salesplatform.orders.opportunity.api.OpportunityWonEvent;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** {@code opportunity_view}, its stage periods and negotiation rounds, written in the command's transaction. */
@Component
@ProcessingGroup("opportunity-view")
public class OpportunityProjection {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    OpportunityProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.clock = Clock.systemUTC();
    }

    @EventHandler
    void on(OpportunityOpenedEvent event, @org.axonframework.eventhandling.Timestamp Instant at,
            @SequenceNumber long sequence, @MetaDataValue("actorId") String actorId) {
        jdbc.update("""
                        INSERT INTO opportunity_view (opportunity_id, customer_id, rep_id, team_id, title,
                            expected_amount, currency, expected_close_date, stage, probability, opened_at, updated_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (opportunity_id) DO NOTHING""",
                event.opportunityId(), event.customerId(), event.repId(), event.teamId(), event.title(),
                event.expectedAmount(), event.currency(), java.sql.Date.valueOf(event.expectedCloseDate()),
                event.stage().name(), event.probability(), Timestamp.from(at), Timestamp.from(at));
        enter(event.opportunityId(), sequence, event.stage(), at, actorId);
    }

    @EventHandler
    void on(OpportunityStageChangedEvent event, @org.axonframework.eventhandling.Timestamp Instant at,
            @SequenceNumber long sequence, @MetaDataValue("actorId") String actorId) {
        jdbc.update("""
                        UPDATE opportunity_view SET stage = ?, probability = ?, won_amount = NULL, close_reason = NULL,
                            competitor = NULL, updated_at = ? WHERE opportunity_id = ?""",
                event.toStage().name(), event.probability(), Timestamp.from(at), event.opportunityId());
        enter(event.opportunityId(), sequence, event.toStage(), at, actorId);
    }

    @EventHandler
    void on(OpportunityWonEvent event, @org.axonframework.eventhandling.Timestamp Instant at,
            @SequenceNumber long sequence, @MetaDataValue("actorId") String actorId) {
        close(event.opportunityId(), OpportunityStage.WON, event.amount(), event.reason(), null, at);
        enter(event.opportunityId(), sequence, OpportunityStage.WON, at, actorId);
        ended(event.opportunityId(), sequence, event.reason(), null);
    }

    @EventHandler
    void on(OpportunityLostEvent event, @org.axonframework.eventhandling.Timestamp Instant at,
            @SequenceNumber long sequence, @MetaDataValue("actorId") String actorId) {
        close(event.opportunityId(), OpportunityStage.LOST, null, event.reason(), event.competitor(), at);
        enter(event.opportunityId(), sequence, OpportunityStage.LOST, at, actorId);
        ended(event.opportunityId(), sequence, event.reason(), event.competitor());
    }

    @EventHandler
    void on(NegotiationRoundRecordedEvent event, @org.axonframework.eventhandling.Timestamp Instant at,
            @MetaDataValue("actorId") String actorId) {
        jdbc.update("""
                        INSERT INTO negotiation_round_view (opportunity_id, round, our_offer, counter_offer, notes,
                            recorded_at, actor_id) VALUES (?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (opportunity_id, round) DO NOTHING""",
                event.opportunityId(), event.round(), event.ourOffer(), event.counterOffer(), event.notes(),
                Timestamp.from(at), actorId);
        jdbc.update("UPDATE opportunity_view SET updated_at = ? WHERE opportunity_id = ?", Timestamp.from(at),
                event.opportunityId());
    }

    @QueryHandler
    Optional<OpportunityView> handle(FindOpportunityQuery query) {
        String id = query.opportunityId();
        return jdbc.query("SELECT * FROM opportunity_view WHERE opportunity_id = ?", (rs, row) -> {
            List<StagePeriod> stages = jdbc.query(
                    "SELECT * FROM opportunity_stage_period WHERE opportunity_id = ? ORDER BY entry_no",
                    OpportunityProjection::period, id);
            List<NegotiationRound> rounds = jdbc.query(
                    "SELECT * FROM negotiation_round_view WHERE opportunity_id = ? ORDER BY round",
                    OpportunityProjection::round, id);
            OpportunitySummary summary = summary(rs, row);
            return new OpportunityView(summary.id(), summary.customerId(), summary.repId(), summary.teamId(),
                    summary.title(), summary.expectedAmount(), summary.currency(), summary.expectedCloseDate(),
                    summary.stage(), summary.probability(), rs.getBigDecimal("won_amount"),
                    rs.getString("close_reason"), rs.getString("competitor"),
                    rs.getTimestamp("opened_at").toInstant(), stages,
                    StagePeriod.secondsInOpenStages(stages, clock.instant()), rounds);
        }, id).stream().findFirst();
    }

    @QueryHandler
    OpportunityList handle(FindOpportunitiesQuery query) {
        List<String> conditions = new ArrayList<>();
        List<Object> arguments = new ArrayList<>();
        if (query.repId() != null) {
            conditions.add("rep_id = ?");
            arguments.add(query.repId());
        }
        if (query.customerId() != null) {
            conditions.add("customer_id = ?");
            arguments.add(query.customerId());
        }
        if (query.stage() != null) {
            conditions.add("stage = ?");
            arguments.add(query.stage().name());
        }
        conditions.add(SalesRows.VISIBLE.sql(query.visibility(), arguments));
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        Long total = jdbc.queryForObject("SELECT count(*) FROM opportunity_view" + where, Long.class,
                arguments.toArray());
        arguments.add(query.page().size());
        arguments.add(query.page().offset());
        List<OpportunitySummary> items = jdbc.query("SELECT * FROM opportunity_view" + where
                        + " ORDER BY updated_at DESC, opportunity_id LIMIT ? OFFSET ?", OpportunityProjection::summary,
                arguments.toArray());
        return new OpportunityList(items, total == null ? 0 : total);
    }

    private void close(String opportunityId, OpportunityStage stage, java.math.BigDecimal wonAmount, String reason,
                       String competitor, Instant at) {
        jdbc.update("""
                        UPDATE opportunity_view SET stage = ?, probability = ?, won_amount = ?, close_reason = ?,
                            competitor = ?, updated_at = ? WHERE opportunity_id = ?""",
                stage.name(), stage.probability(), wonAmount, reason, competitor, Timestamp.from(at), opportunityId);
    }

    /** How the deal ended, on its WON or LOST stay. */
    private void ended(String opportunityId, long sequence, String reason, String competitor) {
        jdbc.update("UPDATE opportunity_stage_period SET reason = ?, competitor = ? WHERE opportunity_id = ? AND entry_no = ?",
                reason, competitor, opportunityId, sequence);
    }

    private void enter(String opportunityId, long sequence, OpportunityStage stage, Instant at, String actorId) {
        jdbc.update("UPDATE opportunity_stage_period SET left_at = ? WHERE opportunity_id = ? AND left_at IS NULL",
                Timestamp.from(at), opportunityId);
        jdbc.update("""
                        INSERT INTO opportunity_stage_period (opportunity_id, entry_no, stage, entered_at, actor_id)
                        VALUES (?, ?, ?, ?, ?) ON CONFLICT (opportunity_id, entry_no) DO NOTHING""",
                opportunityId, sequence, stage.name(), Timestamp.from(at), actorId);
    }

    private static OpportunitySummary summary(ResultSet rs, int row) throws SQLException {
        return new OpportunitySummary(rs.getString("opportunity_id"), rs.getString("customer_id"),
                rs.getString("rep_id"), rs.getString("team_id"), rs.getString("title"),
                rs.getBigDecimal("expected_amount"), rs.getString("currency"),
                rs.getObject("expected_close_date", java.time.LocalDate.class), rs.getString("stage"),
                rs.getInt("probability"), rs.getTimestamp("updated_at").toInstant());
    }

    private static StagePeriod period(ResultSet rs, int row) throws SQLException {
        Timestamp left = rs.getTimestamp("left_at");
        return new StagePeriod(rs.getString("stage"), rs.getTimestamp("entered_at").toInstant(),
                left == null ? null : left.toInstant(), rs.getString("actor_id"), rs.getString("reason"),
                rs.getString("competitor"));
    }

    private static NegotiationRound round(ResultSet rs, int row) throws SQLException {
        return new NegotiationRound(rs.getInt("round"), rs.getBigDecimal("our_offer"),
                rs.getBigDecimal("counter_offer"), rs.getString("notes"),
                rs.getTimestamp("recorded_at").toInstant(), rs.getString("actor_id"));
    }
}
