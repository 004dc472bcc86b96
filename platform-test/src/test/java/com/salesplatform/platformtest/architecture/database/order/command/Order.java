package com.salesplatform.platformtest.architecture.database.order.command;

import com.salesplatform.platformtest.architecture.database.pricing.PriceList;
import java.math.BigDecimal;

/** A command-side class that reads a table that is neither its own nor a lookup. */
public class Order {

    BigDecimal total(String productId, int quantity, PriceList prices) {
        return prices.priceOf(productId).multiply(BigDecimal.valueOf(quantity));
    }
}
