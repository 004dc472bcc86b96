package com.salesplatform.orders.product.api;

import java.math.BigDecimal;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record AddProductCommand(@TargetAggregateIdentifier String sku, String name, String category,
                                BigDecimal listPrice) {
}
