package com.salesplatform.performance.appraisal.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.salesplatform.performance.appraisal.api.AppraisalAcknowledgedEvent;
import com.salesplatform.performance.appraisal.api.AppraisalAppealedEvent;
import com.salesplatform.performance.appraisal.api.AppraisalFinalizedEvent;
import com.salesplatform.performance.appraisal.api.AppraisalOpenedEvent;
import com.salesplatform.performance.appraisal.api.AppraisalReviewedEvent;
import com.salesplatform.performance.appraisal.api.AppraisalScoredEvent;
import com.salesplatform.performance.appraisal.api.AppraisalStatus;
import com.salesplatform.performance.appraisal.api.BehaviourRubric;
import com.salesplatform.performance.appraisal.api.FindAppraisalQuery;
import com.salesplatform.performance.appraisal.api.FindAppraisalsQuery;
import com.salesplatform.performance.appraisal.api.KpiScore;
import com.salesplatform.performance.appraisal.api.KpiWeights;
import com.salesplatform.platform.access.ScopePredicate;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The {@code appraisal_view} read model, written in the command's transaction (subscribing). */
@Component
@ProcessingGroup("appraisal-view")
public class AppraisalProjection {

    private static final TypeReference<List<KpiScore>> KPIS = new TypeReference<>() {
    };

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    AppraisalProjection(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @EventHandler
    void on(AppraisalOpenedEvent event, @org.axonframework.eventhandling.Timestamp Instant at) {
        jdbc.update("""
                        INSERT INTO appraisal_view (appraisal_id, rep_id, team_id, period, status, weights, opened_at,
                                                    updated_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (appraisal_id) DO NOTHING""",
                event.appraisalId(), event.repId(), event.teamId(), event.period(), AppraisalStatus.OPEN.name(),
                write(event.weights()), Timestamp.from(at), Timestamp.from(at));
    }

    @EventHandler
    void on(AppraisalScoredEvent event, @org.axonframework.eventhandling.Timestamp Instant at) {
        jdbc.update("UPDATE appraisal_view SET kpis = ?, score = ?, rating = ?, updated_at = ? WHERE appraisal_id = ?",
                write(event.kpis()), event.score(), event.rating(), Timestamp.from(at), event.appraisalId());
    }

    @EventHandler
    void on(AppraisalReviewedEvent event, @org.axonframework.eventhandling.Timestamp Instant at) {
        jdbc.update("""
                        UPDATE appraisal_view SET status = ?, reviewer_id = ?, rubric = ?, feedback = ?, updated_at = ?
                        WHERE appraisal_id = ?""",
                AppraisalStatus.REVIEWED.name(), event.reviewerId(), write(event.rubric()), event.feedback(),
                Timestamp.from(at), event.appraisalId());
    }

    @EventHandler
    void on(AppraisalAcknowledgedEvent event, @org.axonframework.eventhandling.Timestamp Instant at) {
        status(event.appraisalId(), AppraisalStatus.ACKNOWLEDGED, at);
    }

    @EventHandler
    void on(AppraisalAppealedEvent event, @org.axonframework.eventhandling.Timestamp Instant at) {
        status(event.appraisalId(), AppraisalStatus.APPEALED, at);
        jdbc.update("UPDATE appraisal_view SET appeal_reason = ? WHERE appraisal_id = ?", event.reason(),
                event.appraisalId());
    }

    @EventHandler
    void on(AppraisalFinalizedEvent event, @org.axonframework.eventhandling.Timestamp Instant at) {
        status(event.appraisalId(), AppraisalStatus.FINALIZED, at);
    }

    @QueryHandler
    Optional<AppraisalView> handle(FindAppraisalQuery query) {
        return jdbc.query("SELECT * FROM appraisal_view WHERE appraisal_id = ?", this::row, query.appraisalId())
                .stream().findFirst();
    }

    @QueryHandler
    AppraisalList handle(FindAppraisalsQuery query) {
        List<String> conditions = new ArrayList<>();
        List<Object> arguments = new ArrayList<>();
        if (query.repId() != null) {
            conditions.add("rep_id = ?");
            arguments.add(query.repId());
        }
        if (query.teamId() != null) {
            conditions.add("team_id = ?");
            arguments.add(query.teamId());
        }
        if (query.period() != null) {
            conditions.add("period = ?");
            arguments.add(query.period());
        }
        if (query.status() != null) {
            conditions.add("status = ?");
            arguments.add(query.status().name());
        }
        conditions.add(ScopePredicate.ownerAndTeamColumns("rep_id", "team_id").sql(query.visibility(), arguments));
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        Long total = jdbc.queryForObject("SELECT count(*) FROM appraisal_view" + where, Long.class,
                arguments.toArray());
        arguments.add(query.limit());
        arguments.add(query.offset());
        List<AppraisalView> items = jdbc.query("SELECT * FROM appraisal_view" + where
                + " ORDER BY period DESC, rep_id, appraisal_id LIMIT ? OFFSET ?", this::row, arguments.toArray());
        return new AppraisalList(items, total == null ? 0 : total);
    }

    private void status(String appraisalId, AppraisalStatus status, Instant at) {
        jdbc.update("UPDATE appraisal_view SET status = ?, updated_at = ? WHERE appraisal_id = ?", status.name(),
                Timestamp.from(at), appraisalId);
    }

    private AppraisalView row(ResultSet rs, int rowNum) throws SQLException {
        List<KpiScore> kpis = read(rs.getString("kpis"), KPIS);
        String rubric = rs.getString("rubric");
        AppraisalView.Review review = rubric == null ? null : new AppraisalView.Review(rs.getString("reviewer_id"),
                read(rubric, new TypeReference<BehaviourRubric>() {
                }), rs.getString("feedback"));
        return new AppraisalView(rs.getString("appraisal_id"), rs.getString("rep_id"), rs.getString("team_id"),
                rs.getString("period"), rs.getString("status"), read(rs.getString("weights"),
                new TypeReference<KpiWeights>() {
                }), kpis, rs.getBigDecimal("score"), arithmetic(kpis, rs.getBigDecimal("score")),
                rs.getString("rating"), review, rs.getString("appeal_reason"),
                rs.getTimestamp("opened_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
    }

    private static String arithmetic(List<KpiScore> kpis, BigDecimal score) {
        if (kpis == null) {
            return null;
        }
        return kpis.stream().map(kpi -> kpi.points().toPlainString()).collect(Collectors.joining(" + "))
                + " = " + score.toPlainString();
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write " + value, e);
        }
    }

    private <T> T read(String value, TypeReference<T> type) {
        if (value == null) {
            return null;
        }
        try {
            return json.readValue(value, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot read " + value, e);
        }
    }
}
