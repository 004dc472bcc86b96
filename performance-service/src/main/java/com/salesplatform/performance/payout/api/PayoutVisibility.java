package com.salesplatform.performance.payout.api;

/** Whose payouts a caller may see: all, or a team's (when {@code teamId} is set) and their own. */
public record PayoutVisibility(boolean all, String teamId, String repId) {

    public static final PayoutVisibility ALL = new PayoutVisibility(true, null, null);
}
