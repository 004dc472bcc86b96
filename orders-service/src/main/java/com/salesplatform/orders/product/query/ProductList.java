package com.salesplatform.orders.product.query;

import java.util.List;

/** One page of products and how many match in all. */
public record ProductList(List<ProductView> items, long totalItems) {
}
