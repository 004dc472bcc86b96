package com.salesplatform.targets.target.query;

import com.salesplatform.platform.access.CallerScope;
import com.salesplatform.platform.access.ScopePredicate;
import com.salesplatform.platform.web.PageQuery;
import com.salesplatform.platform.web.PageResponse;
import com.salesplatform.targets.target.api.FindTargetsQuery;
import com.salesplatform.targets.target.api.TargetMetric;
import com.salesplatform.targets.target.api.TargetScope;
import com.salesplatform.targets.target.api.TargetStatus;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Pages through {@code target_summary}, filtered, showing only what the viewer may see. */
@Component
class TargetSearch {

    private static final ScopePredicate TEAM_TARGETS = ScopePredicate.teamColumn("owner_id");
    private static final ScopePredicate REP_TARGETS = ScopePredicate.ownerInActiveRosterTeam("owner_id");

    private final JdbcTemplate jdbc;

    TargetSearch(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Raw return type: Axon matches an instance response type only against a plain class, not a generic one. */
    @QueryHandler
    @SuppressWarnings("rawtypes")
    PageResponse handle(FindTargetsQuery query) {
        List<Object> args = new ArrayList<>();
        StringBuilder where = new StringBuilder(" WHERE ").append(visibleTo(query.viewer(), args));
        if (query.period() != null) {
            where.append(" AND period = ?");
            args.add(query.period());
        }
        if (query.scope() != null) {
            where.append(" AND scope = ?");
            args.add(query.scope().name());
        }
        if (query.ownerId() != null) {
            where.append(" AND owner_id = ?");
            args.add(query.ownerId());
        }
        PageQuery page = new PageQuery(query.page(), query.size());
        Long total = jdbc.queryForObject("SELECT count(*) FROM target_summary" + where, Long.class, args.toArray());
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(page.size());
        pageArgs.add(page.offset());
        List<TargetListItem> items = jdbc.query("SELECT * FROM target_summary" + where
                        + " ORDER BY period, scope, owner_id NULLS FIRST, target_id LIMIT ? OFFSET ?",
                (rs, n) -> new TargetListItem(rs.getString("target_id"), TargetScope.valueOf(rs.getString("scope")),
                        rs.getString("owner_id"), rs.getString("period"), TargetMetric.valueOf(rs.getString("metric")),
                        rs.getBigDecimal("amount"), rs.getString("currency"),
                        TargetStatus.valueOf(rs.getString("status")), rs.getString("parent_target_id")),
                pageArgs.toArray());
        return PageResponse.of(items, page, total == null ? 0 : total);
    }

    /**
     * The same rules as the single-target view: the company's targets for everyone, and the caller's scope over the
     * team targets (owned by a team) and the rep targets (a manager's team: its current reps).
     */
    private static String visibleTo(CallerScope viewer, List<Object> args) {
        if (viewer.all()) {
            return "TRUE";
        }
        return "(scope = 'COMPANY' OR (scope = 'TEAM' AND " + TEAM_TARGETS.sql(viewer, args)
                + ") OR (scope = 'REP' AND " + REP_TARGETS.sql(viewer, args) + "))";
    }
}
