package com.salesplatform.performance.appraisal.api;

/** One input of a KPI, as the rep can check it ({@code value} null when there was none, e.g. no target). */
public record KpiInput(String name, String value) {
}
