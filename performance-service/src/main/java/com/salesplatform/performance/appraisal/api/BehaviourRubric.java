package com.salesplatform.performance.appraisal.api;

/** The manager's behaviour scores, 1–5 each. */
public record BehaviourRubric(int processAdherence, int teamwork, int learning) {
}
