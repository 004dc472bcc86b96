package com.salesplatform.performance.appraisal.api;

import java.math.BigDecimal;
import java.util.List;
import org.axonframework.serialization.Revision;

/** Published as AppraisalScored v1: every KPI with its inputs and arithmetic, the score and the rating. */
@Revision("1")
public record AppraisalScoredEvent(String appraisalId, String repId, String period, List<KpiScore> kpis,
                                   BigDecimal score, String rating) {
}
