package com.salesplatform.orders.product.api;

import java.math.BigDecimal;
import org.axonframework.serialization.Revision;

/** Published as ProductAdded v1 (contracts/events/orders). */
@Revision("1")
public record ProductAddedEvent(String sku, String name, String category, BigDecimal listPrice, String currency) {
}
