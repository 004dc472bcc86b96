package com.salesplatform.orders.opportunity.api;

import java.math.BigDecimal;
import org.axonframework.serialization.Revision;

/** Published as NegotiationRoundRecorded v1 (contracts/events/orders). */
@Revision("1")
public record NegotiationRoundRecordedEvent(String opportunityId, int round, BigDecimal ourOffer,
                                            BigDecimal counterOffer, String notes, String currency) {
}
