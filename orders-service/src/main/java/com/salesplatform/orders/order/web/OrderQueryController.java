package com.salesplatform.orders.order.web;

import com.salesplatform.orders.order.api.FindOrderAsOfQuery;
import com.salesplatform.orders.order.api.FindOrdersQuery;
import com.salesplatform.orders.order.api.OrderStatus;
import com.salesplatform.orders.order.query.OrderList;
import com.salesplatform.orders.order.query.OrderPayments;
import com.salesplatform.orders.order.query.OrderSummary;
import com.salesplatform.orders.order.query.OrderView;
import com.salesplatform.orders.order.query.PaymentView;
import com.salesplatform.platform.access.CallerScope;
import com.salesplatform.platform.history.EventHistory;
import com.salesplatform.platform.history.HistoryEntry;
import com.salesplatform.platform.rejection.NotFoundException;
import com.salesplatform.platform.security.CallerIdentity;
import com.salesplatform.platform.time.AsOf;
import com.salesplatform.platform.web.PageQuery;
import com.salesplatform.platform.web.PageResponse;
import jakarta.validation.constraints.Pattern;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(OrderController.PATH)
class OrderQueryController {

    private final QueryGateway queries;
    private final OrderReader orders;
    private final EventHistory history;
    private final OrderPayments payments;

    OrderQueryController(QueryGateway queries, OrderReader orders, EventHistory history,
                         OrderPayments payments) {
        this.queries = queries;
        this.orders = orders;
        this.history = history;
        this.payments = payments;
    }

    /** Orders the caller may see, newest first; {@code from}/{@code to} bound the placement time (to exclusive). */
    @GetMapping
    PageResponse<OrderSummary> orders(
            @RequestParam(required = false)
            @Pattern(regexp = PlaceOrderRequest.UUID_PATTERN, message = "must be a UUID") String customerId,
            @RequestParam(required = false)
            @Pattern(regexp = PlaceOrderRequest.UUID_PATTERN, message = "must be a UUID") String repId,
            @RequestParam(required = false) OrderStatus status,
            @RequestParam(required = false) Instant from,
            @RequestParam(required = false) Instant to,
            PageQuery page, CallerIdentity caller) {
        OrderList list = queries.query(new FindOrdersQuery(lower(customerId), lower(repId), status, from, to,
                CallerScope.of(caller), page), ResponseTypes.instanceOf(OrderList.class)).join();
        return PageResponse.of(list.items(), page, list.totalItems());
    }

    /** The order now, or as it was at {@code asOf} (an instant, or a date: the end of that day), from its events. */
    @GetMapping("/{orderId}")
    OrderView order(@PathVariable String orderId, @RequestParam(name = "asOf", required = false) AsOf when,
                    CallerIdentity caller) {
        OrderView current = orders.visibleOrder(orderId, caller);
        if (when == null) {
            return current;
        }
        return queries.query(new FindOrderAsOfQuery(current.id(), when.instant()),
                        ResponseTypes.optionalInstanceOf(OrderView.class)).join()
                .orElseThrow(() -> new NotFoundException("Order as of " + when.instant(), orderId));
    }

    /** Every stored event of the order, oldest first, with who and when. */
    @GetMapping("/{orderId}/history")
    PageResponse<HistoryEntry> history(@PathVariable String orderId, PageQuery page, CallerIdentity caller) {
        String id = orders.visibleOrder(orderId, caller).id();
        return history.of(id, page).orElseThrow(() -> new NotFoundException("Order", orderId));
    }

    /** The order's payments, oldest first. */
    @GetMapping("/{orderId}/payments")
    PageResponse<PaymentView> payments(@PathVariable String orderId, PageQuery page, CallerIdentity caller) {
        List<PaymentView> all = payments.of(orders.visibleOrder(orderId, caller).id());
        List<PaymentView> items = all.stream().skip(page.offset()).limit(page.size()).toList();
        return PageResponse.of(items, page, all.size());
    }

    /** The payment a {@code POST …/payments} answered with in its {@code Location}. */
    @GetMapping("/{orderId}/payments/{paymentId}")
    PaymentView payment(@PathVariable String orderId, @PathVariable String paymentId, CallerIdentity caller) {
        return payments.find(orders.visibleOrder(orderId, caller).id(), paymentId)
                .orElseThrow(() -> new NotFoundException("Payment", paymentId));
    }

    private static String lower(String id) {
        return id == null ? null : id.toLowerCase(Locale.ROOT);
    }
}
