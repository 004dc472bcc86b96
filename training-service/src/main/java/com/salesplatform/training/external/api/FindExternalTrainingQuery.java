package com.salesplatform.training.external.api;

public record FindExternalTrainingQuery(String externalTrainingId) {
}
