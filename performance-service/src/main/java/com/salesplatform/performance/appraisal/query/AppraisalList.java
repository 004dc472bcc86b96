package com.salesplatform.performance.appraisal.query;

import java.util.List;

/** One page of appraisals and how many match in all. */
public record AppraisalList(List<AppraisalView> items, long totalItems) {
}
