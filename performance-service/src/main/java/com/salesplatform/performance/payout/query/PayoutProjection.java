package com.salesplatform.performance.payout.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.salesplatform.performance.payout.api.FindPayoutsQuery;
import com.salesplatform.performance.payout.api.PayoutCalculatedEvent;
import com.salesplatform.platform.access.ScopePredicate;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The {@code payout_view} read model: each payout as calculated, line by line (subscribing). */
@Component
@ProcessingGroup("payout-view")
public class PayoutProjection {

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    PayoutProjection(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @EventHandler
    void on(PayoutCalculatedEvent event) throws JsonProcessingException {
        jdbc.update("""
                        INSERT INTO payout_view (run_id, rep_id, team_id, period, total, payout)
                        VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (run_id, rep_id) DO NOTHING""",
                event.runId(), event.repId(), event.teamId(), event.period(), event.total(),
                json.writeValueAsString(event));
    }

    @QueryHandler
    PayoutList handle(FindPayoutsQuery query) {
        List<String> conditions = new ArrayList<>();
        List<Object> arguments = new ArrayList<>();
        if (query.runId() != null) {
            conditions.add("run_id = ?");
            arguments.add(query.runId());
        }
        if (query.period() != null) {
            conditions.add("period = ?");
            arguments.add(query.period());
        }
        if (query.repId() != null) {
            conditions.add("rep_id = ?");
            arguments.add(query.repId());
        }
        conditions.add(ScopePredicate.ownerAndTeamColumns("rep_id", "team_id").sql(query.visibility(), arguments));
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        Long total = jdbc.queryForObject("SELECT count(*) FROM payout_view" + where, Long.class, arguments.toArray());
        arguments.add(query.page().size());
        arguments.add(query.page().offset());
        List<PayoutView> items = jdbc.query("SELECT payout FROM payout_view" + where
                        + " ORDER BY period, rep_id LIMIT ? OFFSET ?", (rs, row) -> read(rs.getString("payout")),
                arguments.toArray());
        return new PayoutList(items, total == null ? 0 : total);
    }

    private PayoutView read(String payout) {
        try {
            return PayoutView.of(json.readValue(payout, PayoutCalculatedEvent.class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable payout " + payout, e);
        }
    }
}
