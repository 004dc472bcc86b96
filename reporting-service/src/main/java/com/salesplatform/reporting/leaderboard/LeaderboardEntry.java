package com.salesplatform.reporting.leaderboard;

import java.math.BigDecimal;

/** A rep's place in a period by booked revenue (ties share a rank). */
public record LeaderboardEntry(int rank, String repId, String repName, String teamId, BigDecimal bookedRevenue,
                               long orders) {
}
