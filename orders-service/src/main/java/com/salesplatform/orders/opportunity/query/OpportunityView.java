package com.salesplatform.orders.opportunity.query;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * An opportunity with its stage history, the time spent in each open stage ({@code secondsInStage}, summed over
 * reopenings, the current stage counted until now), its negotiation rounds and, once closed, how it ended.
 */
public record OpportunityView(String id, String customerId, String repId, String teamId, String title,
                              BigDecimal expectedAmount, String currency, LocalDate expectedCloseDate, String stage,
                              int probability, BigDecimal wonAmount, String closeReason, String competitor,
                              Instant openedAt, List<StagePeriod> stages, Map<String, Long> secondsInStage,
                              List<NegotiationRound> negotiationRounds) {
}
