package com.salesplatform.performance.rep.api;

public record FindRepQuery(String repId) {
}
