package com.salesplatform.orders.opportunity.query;

import java.math.BigDecimal;
import java.time.Instant;

/** One round of negotiation: our offer, their counter-offer, notes. */
public record NegotiationRound(int round, BigDecimal ourOffer, BigDecimal counterOffer, String notes,
                               Instant recordedAt, String actorId) {
}
