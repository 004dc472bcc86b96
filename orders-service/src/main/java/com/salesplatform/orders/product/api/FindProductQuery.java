package com.salesplatform.orders.product.api;

public record FindProductQuery(String sku) {
}
