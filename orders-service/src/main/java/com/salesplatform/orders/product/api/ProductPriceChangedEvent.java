package com.salesplatform.orders.product.api;

import java.math.BigDecimal;
import org.axonframework.serialization.Revision;

/** Published as ProductPriceChanged v1 (contracts/events/orders). */
@Revision("1")
public record ProductPriceChangedEvent(String sku, BigDecimal previousPrice, BigDecimal listPrice, String currency) {
}
