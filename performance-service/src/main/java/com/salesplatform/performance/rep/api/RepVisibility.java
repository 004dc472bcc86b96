package com.salesplatform.performance.rep.api;

/**
 * Which reps a caller may see: every rep, or the reps of {@code teamId} (when not null) and the rep
 * {@code repId} (the caller themself).
 */
public record RepVisibility(boolean all, String teamId, String repId) {

    public static RepVisibility everyRep() {
        return new RepVisibility(true, null, null);
    }

    public static RepVisibility teamAndSelf(String teamId, String repId) {
        return new RepVisibility(false, teamId, repId);
    }

    public static RepVisibility onlySelf(String repId) {
        return new RepVisibility(false, null, repId);
    }
}
