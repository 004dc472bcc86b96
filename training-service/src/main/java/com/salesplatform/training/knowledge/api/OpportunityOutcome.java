package com.salesplatform.training.knowledge.api;

/** How the opportunity an article learns from ended. */
public enum OpportunityOutcome {
    WON, LOST
}
