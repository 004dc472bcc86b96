package com.salesplatform.targets.target.api;

public enum TargetScope {
    COMPANY, TEAM, REP
}
