package com.salesplatform.performance.team.query;

import java.time.Instant;

/** A team as the API shows it. */
public record TeamView(String id, String name, String managerRepId, Instant createdAt) {
}
