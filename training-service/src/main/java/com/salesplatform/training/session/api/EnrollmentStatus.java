package com.salesplatform.training.session.api;

public enum EnrollmentStatus {
    ENROLLED, WAITLISTED
}
