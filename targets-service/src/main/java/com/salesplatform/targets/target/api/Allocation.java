package com.salesplatform.targets.target.api;

import java.math.BigDecimal;

/** The share of a target carried by one team (of a company target) or one rep (of a team target). */
public record Allocation(TargetScope scope, String ownerId, BigDecimal amount) {
}
