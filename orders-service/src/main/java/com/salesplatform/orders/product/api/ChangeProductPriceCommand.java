package com.salesplatform.orders.product.api;

import java.math.BigDecimal;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record ChangeProductPriceCommand(@TargetAggregateIdentifier String sku, BigDecimal listPrice) {
}
