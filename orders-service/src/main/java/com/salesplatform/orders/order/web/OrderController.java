package com.salesplatform.orders.order.web;

import com.salesplatform.orders.access.SalesAccess;
import com.salesplatform.orders.order.api.CancelOrderCommand;
import com.salesplatform.orders.order.api.ConfirmOrderCommand;
import com.salesplatform.orders.order.api.ConfirmPaymentCommand;
import com.salesplatform.orders.order.api.DeliverOrderCommand;
import com.salesplatform.orders.order.api.PlaceOrderCommand;
import com.salesplatform.orders.order.api.RecordPaymentCommand;
import com.salesplatform.orders.order.api.RejectPaymentReportCommand;
import com.salesplatform.orders.order.api.ReleaseCreditHoldCommand;
import com.salesplatform.orders.order.api.ReportPaymentCommand;
import com.salesplatform.orders.order.api.RequestedLine;
import com.salesplatform.orders.order.api.ShipOrderCommand;
import com.salesplatform.orders.order.query.OrderView;
import com.salesplatform.platform.openapi.SuccessStatus;
import com.salesplatform.platform.rejection.AlreadyExistsException;
import com.salesplatform.platform.security.CallerIdentity;
import com.salesplatform.platform.web.Created;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Placing orders and moving them through their lifecycle. */
@RestController
@RequestMapping(OrderController.PATH)
class OrderController {

    static final String PATH = "/api/orders";

    private final CommandGateway commands;
    private final SalesAccess access;
    private final OrderReader orders;

    OrderController(CommandGateway commands, SalesAccess access, OrderReader orders) {
        this.commands = commands;
        this.access = access;
        this.orders = orders;
    }

    /** 201 with the order as placed (its status — PLACED or CREDIT_HOLD —, priced lines and total), not just its id. */
    @SuccessStatus(HttpStatus.CREATED)
    @PostMapping
    ResponseEntity<OrderView> place(@Valid @RequestBody PlaceOrderRequest request, CallerIdentity caller) {
        String customerId = request.customerId().toLowerCase(Locale.ROOT);
        access.requireMayDealWith(caller, customerId);
        String orderId = request.id() != null ? request.id().toLowerCase(Locale.ROOT) : UUID.randomUUID().toString();
        List<RequestedLine> lines = request.lines() == null ? List.of()
                : request.lines().stream().map(PlaceOrderLineRequest::toRequestedLine).toList();
        String quoteId = request.quoteId() == null ? null : request.quoteId().toLowerCase(Locale.ROOT);
        boolean mayGrantLargeDiscount = access.mayGrantLargeDiscount(caller, customerId);
        try {
            commands.sendAndWait(new PlaceOrderCommand(orderId, customerId, quoteId, lines,
                    request.paymentTermsDays(), mayGrantLargeDiscount));
        } catch (AlreadyExistsException quoteOrdered) {
            throw namedIfVisible(quoteOrdered, caller);
        }
        return ResponseEntity.created(URI.create(PATH + "/" + orderId)).body(orders.visibleOrder(orderId, caller));
    }

    /** The order a quote already became is named only to a caller who may see that order. */
    private AlreadyExistsException namedIfVisible(AlreadyExistsException quoteOrdered, CallerIdentity caller) {
        boolean visible = quoteOrdered.existingId().flatMap(existing -> orders.find(existing, caller)).isPresent();
        return visible ? quoteOrdered
                : new AlreadyExistsException("Order", null, "The quote has already become an order");
    }

    @PostMapping("/{orderId}/credit-release")
    ResponseEntity<Void> releaseCredit(@PathVariable String orderId, CallerIdentity caller) {
        OrderView order = orders.visibleOrder(orderId, caller);
        access.requireOverseer(caller, order.repId(), order.teamId(), "release a credit hold");
        return send(new ReleaseCreditHoldCommand(order.id()));
    }

    @PostMapping("/{orderId}/confirmation")
    ResponseEntity<Void> confirm(@PathVariable String orderId, CallerIdentity caller) {
        return send(new ConfirmOrderCommand(changeable(orderId, caller)));
    }

    @PostMapping("/{orderId}/shipment")
    ResponseEntity<Void> ship(@PathVariable String orderId, @Valid @RequestBody ShipOrderRequest request,
                              CallerIdentity caller) {
        return send(new ShipOrderCommand(overseen(orderId, caller, "record a shipment"), request.carrier(),
                request.trackingNumber()));
    }

    @PostMapping("/{orderId}/delivery")
    ResponseEntity<Void> deliver(@PathVariable String orderId, CallerIdentity caller) {
        return send(new DeliverOrderCommand(overseen(orderId, caller, "record a delivery")));
    }

    @PostMapping("/{orderId}/cancellation")
    ResponseEntity<Void> cancel(@PathVariable String orderId, @Valid @RequestBody CancelOrderRequest request,
                                CallerIdentity caller) {
        return send(new CancelOrderCommand(changeable(orderId, caller), request.reason()));
    }

    /**
     * ADMIN or the owner's MANAGER records money received; the owner (a rep, or a manager on their own deal) reports
     * it, and it counts once one of those confirms it.
     */
    @PostMapping("/{orderId}/payments")
    ResponseEntity<Created> pay(@PathVariable String orderId, @Valid @RequestBody RecordPaymentRequest request,
                                CallerIdentity caller) {
        OrderView order = orders.visibleOrder(orderId, caller);
        access.requireMayChange(caller);
        String paymentId = UUID.randomUUID().toString();
        if (access.isOverseer(caller, order.repId(), order.teamId())) {
            commands.sendAndWait(new RecordPaymentCommand(order.id(), paymentId, request.amount()));
        } else {
            commands.sendAndWait(new ReportPaymentCommand(order.id(), paymentId, request.amount()));
        }
        return Created.at(PATH + "/" + order.id() + "/payments", paymentId);
    }

    @PostMapping("/{orderId}/payments/{paymentId}/confirmation")
    ResponseEntity<Void> confirmPayment(@PathVariable String orderId, @PathVariable String paymentId,
                                        CallerIdentity caller) {
        return send(new ConfirmPaymentCommand(overseen(orderId, caller, "confirm a payment"), lower(paymentId)));
    }

    @PostMapping("/{orderId}/payments/{paymentId}/rejection")
    ResponseEntity<Void> rejectPayment(@PathVariable String orderId, @PathVariable String paymentId,
                                       @Valid @RequestBody RejectPaymentRequest request, CallerIdentity caller) {
        return send(new RejectPaymentReportCommand(overseen(orderId, caller, "reject a reported payment"),
                lower(paymentId), request.reason()));
    }

    private String overseen(String orderId, CallerIdentity caller, String what) {
        OrderView order = orders.visibleOrder(orderId, caller);
        access.requireOverseer(caller, order.repId(), order.teamId(), what);
        return order.id();
    }

    private static String lower(String id) {
        return id.toLowerCase(Locale.ROOT);
    }

    private String changeable(String orderId, CallerIdentity caller) {
        OrderView order = orders.visibleOrder(orderId, caller);
        access.requireMayChange(caller);
        return order.id();
    }

    private ResponseEntity<Void> send(Object command) {
        commands.sendAndWait(command);
        return ResponseEntity.noContent().build();
    }
}
