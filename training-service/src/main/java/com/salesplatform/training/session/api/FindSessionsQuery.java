package com.salesplatform.training.session.api;

import com.salesplatform.platform.web.PageQuery;
import java.time.Instant;

/** One page of the sessions starting at or after {@code from}, of one course or all ({@code courseId} null), soonest first. */
public record FindSessionsQuery(Instant from, String courseId, PageQuery page) {
}
