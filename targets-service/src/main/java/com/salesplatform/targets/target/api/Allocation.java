package com.salesplatform.targets.target.api;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** The share of a target carried by one team (of a company target) or one rep (of a company or team target). */
public record Allocation(TargetScope scope, String ownerId, BigDecimal amount) {

    /**
     * The id of the target this share creates under {@code parentTargetId}: one per parent and owner, always the same,
     * so that the command side, the as-of view and a retried re-allocation all name the same target.
     */
    public String targetIdUnder(String parentTargetId) {
        String name = parentTargetId + "/allocation/" + scope + "/" + ownerId;
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
