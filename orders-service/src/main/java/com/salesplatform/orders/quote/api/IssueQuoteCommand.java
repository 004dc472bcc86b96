package com.salesplatform.orders.quote.api;

import com.salesplatform.orders.order.api.RequestedLine;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record IssueQuoteCommand(@TargetAggregateIdentifier String quoteId, String customerId,
                                List<RequestedLine> lines, LocalDate validUntil) {
}
