package com.salesplatform.performance.team.api;

import com.salesplatform.platform.web.PageQuery;

/** One page of the teams the caller may see, by name. */
public record FindTeamsQuery(TeamVisibility visibility, PageQuery page) {
}
