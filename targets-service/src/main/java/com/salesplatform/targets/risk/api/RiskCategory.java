package com.salesplatform.targets.risk.api;

public enum RiskCategory {
    MARKET_CHANGE, COMPETITOR, CUSTOMER_DEFAULT, SUPPLY, REGULATORY, OTHER
}
