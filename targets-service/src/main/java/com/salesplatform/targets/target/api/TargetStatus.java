package com.salesplatform.targets.target.api;

public enum TargetStatus {
    DRAFT, ACTIVE, CLOSED
}
