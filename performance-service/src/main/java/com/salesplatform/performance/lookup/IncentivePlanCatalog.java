package com.salesplatform.performance.lookup;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.salesplatform.performance.period.Period;
import com.salesplatform.performance.incentive.api.FindIncentivePlanQuery;
import com.salesplatform.performance.incentive.api.IncentivePlanDefinedEvent;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The incentive plans as defined, for the payout runs: the plan of a period is the most specific one (month, then
 * quarter, then year) defined by a moment, the latest if several; a re-run asks for the same moment.
 */
@Component
@ProcessingGroup("incentive-plan-catalog")
public class IncentivePlanCatalog {

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    IncentivePlanCatalog(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @EventHandler
    void on(IncentivePlanDefinedEvent event, @org.axonframework.eventhandling.Timestamp Instant definedAt)
            throws JsonProcessingException {
        jdbc.update("""
                        INSERT INTO incentive_plan (plan_id, period, definition, defined_at) VALUES (?, ?, ?, ?)
                        ON CONFLICT (plan_id) DO NOTHING""",
                event.planId(), event.period(), json.writeValueAsString(event), Timestamp.from(definedAt));
    }

    public Optional<IncentivePlanDefinedEvent> planFor(Period period, Instant knownAt) {
        for (String candidate : period.coveringPlanPeriods()) {
            List<String> plans = jdbc.queryForList("""
                            SELECT definition FROM incentive_plan WHERE period = ? AND defined_at <= ?
                            ORDER BY defined_at DESC, plan_id LIMIT 1""", String.class, candidate,
                    Timestamp.from(knownAt));
            if (!plans.isEmpty()) {
                return Optional.of(read(plans.get(0)));
            }
        }
        return Optional.empty();
    }

    @QueryHandler
    Optional<IncentivePlanDefinedEvent> handle(FindIncentivePlanQuery query) {
        return jdbc.queryForList("SELECT definition FROM incentive_plan WHERE plan_id = ?", String.class,
                query.planId()).stream().findFirst().map(this::read);
    }

    private IncentivePlanDefinedEvent read(String definition) {
        try {
            return json.readValue(definition, IncentivePlanDefinedEvent.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable plan " + definition, e);
        }
    }
}
