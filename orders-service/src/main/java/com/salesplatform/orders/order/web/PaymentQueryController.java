package com.salesplatform.orders.order.web;

import com.salesplatform.orders.order.api.FindReportedPaymentsQuery;
import com.salesplatform.orders.order.query.ReportedPayment;
import com.salesplatform.orders.order.query.ReportedPaymentList;
import com.salesplatform.platform.access.CallerScope;
import com.salesplatform.platform.security.CallerIdentity;
import com.salesplatform.platform.web.PageQuery;
import com.salesplatform.platform.web.PageResponse;
import jakarta.validation.constraints.Pattern;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Payments across orders: the reported ones waiting for an overseer's confirmation, as one work list. */
@RestController
@RequestMapping(PaymentQueryController.PATH)
class PaymentQueryController {

    static final String PATH = "/api/payments";

    private final QueryGateway queries;

    PaymentQueryController(QueryGateway queries) {
        this.queries = queries;
    }

    /** Reported payments of the orders the caller may see, oldest first; only {@code REPORTED} is listed so far. */
    @GetMapping
    PageResponse<ReportedPayment> payments(@RequestParam
                                           @Pattern(regexp = "REPORTED",
                                                   message = "must be REPORTED (payments awaiting confirmation)")
                                           String status,
                                           PageQuery page, CallerIdentity caller) {
        ReportedPaymentList list = queries.query(new FindReportedPaymentsQuery(CallerScope.of(caller), page),
                ResponseTypes.instanceOf(ReportedPaymentList.class)).join();
        return PageResponse.of(list.items(), page, list.totalItems());
    }
}
