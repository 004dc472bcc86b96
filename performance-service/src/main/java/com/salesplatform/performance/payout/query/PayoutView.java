package com.salesplatform.performance.payout.query;

import com.salesplatform.performance.payout.api.PayoutCalculatedEvent;
import com.salesplatform.performance.payout.api.PayoutLine;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One rep's payout of a run as the API shows it: the fields of {@code PayoutCalculated} with an {@code id} of its
 * own, derived from the run, the period and the rep (a run pays each rep once), so it is the same on every read.
 */
public record PayoutView(String id, String runId, String period, String repId, String teamId, String planId,
                         Instant cutoff, BigDecimal bookedRevenue, BigDecimal revenueTarget,
                         BigDecimal attainmentPercent, List<PayoutLine> lines, BigDecimal total) {

    public static PayoutView of(PayoutCalculatedEvent payout) {
        return new PayoutView(idOf(payout.runId(), payout.period(), payout.repId()), payout.runId(), payout.period(),
                payout.repId(), payout.teamId(), payout.planId(), payout.cutoff(), payout.bookedRevenue(),
                payout.revenueTarget(), payout.attainmentPercent(), payout.lines(), payout.total());
    }

    static String idOf(String runId, String period, String repId) {
        return UUID.nameUUIDFromBytes(("payout/" + runId + "/" + period + "/" + repId)
                .getBytes(StandardCharsets.UTF_8)).toString();
    }
}
