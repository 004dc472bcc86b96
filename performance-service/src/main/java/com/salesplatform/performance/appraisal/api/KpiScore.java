package com.salesplatform.performance.appraisal.api;

import java.math.BigDecimal;
import java.util.List;

/**
 * One scored KPI: its inputs, the ratio achieved (0–1, four decimals), its weight, the points (ratio × weight,
 * two decimals) and the arithmetic written out.
 */
public record KpiScore(String kpi, List<KpiInput> inputs, BigDecimal ratio, int weight, BigDecimal points,
                       String arithmetic) {
}
