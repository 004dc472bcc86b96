package com.salesplatform.performance.rep.query;

import com.salesplatform.performance.rep.api.FindRepAsOfQuery;
import com.salesplatform.performance.lookup.RepTimeline;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** A rep's as-of view, rebuilt from the event store on every call (never from a read model). */
@Component
class RepHistoryQueries {

    private final RepTimeline timeline;
    private final JdbcTemplate jdbc;

    RepHistoryQueries(RepTimeline timeline, JdbcTemplate jdbc) {
        this.timeline = timeline;
        this.jdbc = jdbc;
    }

    @QueryHandler
    Optional<RepView> handle(FindRepAsOfQuery query) {
        return timeline.asOf(query.repId(), query.asOf()).map(rep -> new RepView(rep.repId(), rep.name(),
                rep.teamId(), teamName(rep.teamId()), rep.grade(), rep.hiredOn(), rep.departedOn()));
    }

    private String teamName(String teamId) {
        return jdbc.queryForList("SELECT name FROM team_view WHERE team_id = ?", String.class, teamId)
                .stream().findFirst().orElse(null);
    }
}
