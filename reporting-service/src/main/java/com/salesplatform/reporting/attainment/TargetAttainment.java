package com.salesplatform.reporting.attainment;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One target's attainment at an instant: the amount then in force, the actual so far, the percentage reached, the
 * run-rate forecast to the period's end, the pipeline-weighted forecast (actual plus the open opportunities expected
 * to close in the period, each weighted by its stage probability; revenue targets only) and whether that forecast is on track (≥ 100 %), at risk (≥ 90 %) or off
 * track.
 */
public record TargetAttainment(
        String targetId,
        String scope,
        String ownerId,
        String period,
        String metric,
        BigDecimal target,
        String currency,
        BigDecimal actual,
        BigDecimal attainmentPercent,
        BigDecimal runRateForecast,
        BigDecimal forecastPercent,
        BigDecimal pipelineWeightedForecast,
        Outlook outlook,
        String status,
        String parentTargetId,
        Instant timeBound) {

    public enum Outlook { ON_TRACK, AT_RISK, OFF_TRACK, NOT_STARTED }
}
