package com.salesplatform.performance.appraisal.api;

import java.math.BigDecimal;
import org.axonframework.serialization.Revision;

/** Published as AppraisalFinalized v1: the frozen score and rating. */
@Revision("1")
public record AppraisalFinalizedEvent(String appraisalId, String repId, String period, BigDecimal score,
                                      String rating) {
}
