package com.salesplatform.performance.rep.query;

import java.util.List;

/** One page of reps and how many there are in all. */
public record RepList(List<RepView> items, long totalItems) {
}
