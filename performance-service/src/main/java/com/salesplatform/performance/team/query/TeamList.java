package com.salesplatform.performance.team.query;

import java.util.List;

/** One page of teams and how many there are in all. */
public record TeamList(List<TeamView> items, long totalItems) {
}
