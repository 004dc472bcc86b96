package com.salesplatform.orders.opportunity.api;

/** The standard sales stages (docs/domain.md §3) in their order, with the win probability each stands for. */
public enum OpportunityStage {
    PROSPECTING(10), NEEDS_ANALYSIS(25), PROPOSAL(50), NEGOTIATION(75), WON(100), LOST(0);

    private final int probability;

    OpportunityStage(int probability) {
        this.probability = probability;
    }

    public int probability() {
        return probability;
    }

    public boolean isClosed() {
        return this == WON || this == LOST;
    }
}
