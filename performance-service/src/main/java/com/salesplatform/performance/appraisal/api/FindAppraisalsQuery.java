package com.salesplatform.performance.appraisal.api;

/**
 * Appraisals by rep, team, period and status, newest period first. What the caller may see: everything when
 * {@code all}, else those of {@code visibleTeamId} (a manager's team) and of {@code visibleRepId} (their own).
 */
public record FindAppraisalsQuery(String repId, String teamId, String period, AppraisalStatus status, boolean all,
                                  String visibleTeamId, String visibleRepId, int limit, long offset) {
}
