package com.salesplatform.reporting.integration.inbound;

import java.math.BigDecimal;
import java.time.LocalDate;

/** This service's reading of orders-service's opportunity and product events (v1). */
public final class OpportunityEvents {

    private OpportunityEvents() {
    }

    public record OpportunityOpenedV1(String opportunityId, String customerId, String repId, String teamId,
                                      BigDecimal expectedAmount, LocalDate expectedCloseDate, String stage,
                                      int probability) {
    }

    public record OpportunityStageChangedV1(String opportunityId, String toStage, int probability,
                                            BigDecimal expectedAmount) {
    }

    public record OpportunityWonV1(String opportunityId, BigDecimal amount) {
    }

    public record OpportunityLostV1(String opportunityId, String reason, String competitor) {
    }

    public record ProductAddedV1(String sku, String name, String category, BigDecimal listPrice) {
    }

    public record ProductPriceChangedV1(String sku, BigDecimal listPrice) {
    }
}
