package com.salesplatform.orders.product.api;

import com.salesplatform.platform.web.PageQuery;

/** One page of products, by name; {@code search} (optional) matches sku, name or category, any case. */
public record FindProductsQuery(String search, PageQuery page) {
}
