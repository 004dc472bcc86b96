package com.salesplatform.performance.appraisal.api;

import com.salesplatform.platform.access.CallerScope;

/**
 * Appraisals by rep, team, period and status, newest period first, within the caller's {@code visibility} (a
 * manager's team: the appraisal's team).
 */
public record FindAppraisalsQuery(String repId, String teamId, String period, AppraisalStatus status,
                                  CallerScope visibility, int limit, long offset) {
}
