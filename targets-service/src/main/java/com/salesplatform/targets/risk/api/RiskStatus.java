package com.salesplatform.targets.risk.api;

/** IDENTIFIED → ASSESSED → MITIGATING → CLOSED, or OCCURRED (then CLOSED once dealt with). */
public enum RiskStatus {
    IDENTIFIED, ASSESSED, MITIGATING, OCCURRED, CLOSED
}
