package com.salesplatform.training.external.api;

/** Learning outside the catalogue: a course by an outside provider, an industry conference, a seminar. */
public enum ExternalTrainingKind {
    EXTERNAL_COURSE, INDUSTRY_CONFERENCE, SEMINAR
}
