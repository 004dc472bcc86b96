package com.salesplatform.training.session.api;

public record FindSessionQuery(String sessionId) {
}
