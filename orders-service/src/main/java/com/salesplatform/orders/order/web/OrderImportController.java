package com.salesplatform.orders.order.web;

import com.salesplatform.orders.access.SalesAccess;
import com.salesplatform.orders.order.api.ImportOrderCommand;
import com.salesplatform.orders.order.query.OrderView;
import com.salesplatform.platform.openapi.SuccessStatus;
import com.salesplatform.platform.security.CallerIdentity;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.Locale;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * ADMIN imports the orders of past months (a new installation's history): each is placed and confirmed at the
 * instant it was in fact, so reports, appraisals and payouts count its revenue in its own period, and its events
 * carry who imported it.
 */
@RestController
@RequestMapping(OrderController.PATH)
class OrderImportController {

    private final CommandGateway commands;
    private final SalesAccess access;
    private final OrderReader orders;

    OrderImportController(CommandGateway commands, SalesAccess access, OrderReader orders) {
        this.commands = commands;
        this.access = access;
        this.orders = orders;
    }

    /** 201 with the order as imported: CONFIRMED, its total and lines priced from the catalogue. */
    @SuccessStatus(HttpStatus.CREATED)
    @PostMapping("/imports")
    ResponseEntity<OrderView> importOrder(@Valid @RequestBody ImportOrderRequest request, CallerIdentity caller) {
        if (!caller.isAdmin()) {
            throw new AccessDeniedException("Only ADMIN imports the orders of the past");
        }
        String customerId = request.customerId().toLowerCase(Locale.ROOT);
        access.requireMayDealWith(caller, customerId);
        String orderId = request.id() != null ? request.id().toLowerCase(Locale.ROOT) : UUID.randomUUID().toString();
        commands.sendAndWait(new ImportOrderCommand(orderId, customerId,
                request.lines().stream().map(PlaceOrderLineRequest::toRequestedLine).toList(),
                request.paymentTermsDays(), request.confirmedAt(), caller.subject()));
        return ResponseEntity.created(URI.create(OrderController.PATH + "/" + orderId))
                .body(orders.visibleOrder(orderId, caller));
    }
}
