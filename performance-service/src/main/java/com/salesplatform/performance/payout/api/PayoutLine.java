package com.salesplatform.performance.payout.api;

import java.math.BigDecimal;

/**
 * One line of a payout: COMMISSION (one per tier reached), TARGET_BONUS, TEAM_BONUS, or ADJUSTMENT of an earlier
 * period's payout ({@code forPeriod}) after a change known since, each with its arithmetic in words.
 */
public record PayoutLine(String kind, String forPeriod, String description, BigDecimal amount) {

    public static final String COMMISSION = "COMMISSION";
    public static final String TARGET_BONUS = "TARGET_BONUS";
    public static final String TEAM_BONUS = "TEAM_BONUS";
    public static final String ADJUSTMENT = "ADJUSTMENT";
}
