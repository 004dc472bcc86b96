package com.salesplatform.orders.product.web;

import com.salesplatform.orders.product.api.FindProductQuery;
import com.salesplatform.orders.product.api.FindProductsQuery;
import com.salesplatform.orders.product.query.ProductList;
import com.salesplatform.orders.product.query.ProductView;
import com.salesplatform.platform.rejection.NotFoundException;
import com.salesplatform.platform.web.PageQuery;
import com.salesplatform.platform.web.PageResponse;
import jakarta.validation.constraints.Size;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The catalogue, readable by every authenticated caller. */
@RestController
@RequestMapping(ProductController.PATH)
class ProductQueryController {

    private final QueryGateway queries;

    ProductQueryController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping
    PageResponse<ProductView> products(@RequestParam(required = false) @Size(max = 100) String q, PageQuery page) {
        ProductList products = queries.query(new FindProductsQuery(q, page),
                ResponseTypes.instanceOf(ProductList.class)).join();
        return PageResponse.of(products.items(), page, products.totalItems());
    }

    @GetMapping("/{sku}")
    ProductView product(@PathVariable String sku) {
        String normalized = ProductController.normalized(sku);
        return queries.query(new FindProductQuery(normalized), ResponseTypes.optionalInstanceOf(ProductView.class))
                .join().orElseThrow(() -> new NotFoundException("Product", normalized));
    }
}
