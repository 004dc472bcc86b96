package com.salesplatform.performance.rep.api;

import com.salesplatform.platform.access.CallerScope;
import com.salesplatform.platform.web.PageQuery;

/** One page of the reps the caller may see, of one team when {@code teamId} is given, by name. */
public record FindRepsQuery(String teamId, CallerScope visibility, PageQuery page) {
}
