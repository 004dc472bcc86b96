package com.salesplatform.customers.prospecting.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.salesplatform.customers.customer.api.LeadChannel;
import com.salesplatform.customers.prospecting.api.FindProspectingPlanQuery;
import com.salesplatform.customers.prospecting.api.ProspectingPlanSetEvent;
import com.salesplatform.platform.time.BusinessCalendar;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** {@code prospecting_plan_view}, with the coverage counted from {@code customer_summary} when asked. */
@Component
@ProcessingGroup("prospecting-plan-view")
public class ProspectingPlanProjection {

    private static final TypeReference<Map<LeadChannel, Integer>> BY_CHANNEL = new TypeReference<>() {
    };

    private final JdbcTemplate jdbc;
    private final BusinessCalendar calendar;
    private final ObjectMapper json;

    ProspectingPlanProjection(JdbcTemplate jdbc, ObjectMapper json, BusinessCalendar calendar) {
        this.calendar = calendar;
        this.jdbc = jdbc;
        this.json = json;
    }

    @EventHandler
    void on(ProspectingPlanSetEvent event, @org.axonframework.eventhandling.Timestamp Instant at)
            throws JsonProcessingException {
        jdbc.update("""
                        INSERT INTO prospecting_plan_view (rep_id, month, minimum_new_leads, by_channel, updated_at)
                        VALUES (?, ?, ?, ?, ?)
                        ON CONFLICT (rep_id, month) DO UPDATE SET minimum_new_leads = EXCLUDED.minimum_new_leads,
                            by_channel = EXCLUDED.by_channel, updated_at = EXCLUDED.updated_at""",
                event.repId(), event.month(), event.minimumNewLeads(), json.writeValueAsString(event.byChannel()),
                Timestamp.from(at));
    }

    @QueryHandler
    Optional<ProspectingPlanView> handle(FindProspectingPlanQuery query) {
        return jdbc.query(
                "SELECT minimum_new_leads, by_channel FROM prospecting_plan_view WHERE rep_id = ? AND month = ?",
                (rs, row) -> new Plan(rs.getInt("minimum_new_leads"), rs.getString("by_channel")),
                query.repId(), query.month()).stream().findFirst().map(plan -> withCoverage(query, plan));
    }

    private ProspectingPlanView withCoverage(FindProspectingPlanQuery query, Plan plan) {
        YearMonth month = YearMonth.parse(query.month());
        Map<LeadChannel, Integer> covered = new EnumMap<>(LeadChannel.class);
        jdbc.query("""
                        SELECT channel, count(*) AS leads FROM customer_summary
                        WHERE owner_rep_id = ? AND registered_at >= ? AND registered_at < ? GROUP BY channel""",
                rs -> {
                    covered.put(LeadChannel.valueOf(rs.getString("channel")), rs.getInt("leads"));
                }, query.repId(), Timestamp.from(calendar.startOf(month.atDay(1))),
                Timestamp.from(calendar.endOf(month.atEndOfMonth())));
        return new ProspectingPlanView(query.repId(), query.month(), plan.minimumNewLeads(), plan.byChannel(json),
                covered.values().stream().mapToInt(Integer::intValue).sum(), covered);
    }

    private record Plan(int minimumNewLeads, String byChannel) {
        Map<LeadChannel, Integer> byChannel(ObjectMapper json) {
            try {
                return json.readValue(byChannel, BY_CHANNEL);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("Unreadable prospecting plan channels", e);
            }
        }
    }
}
