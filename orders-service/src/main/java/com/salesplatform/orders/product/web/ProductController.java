package com.salesplatform.orders.product.web;

import com.salesplatform.orders.product.api.AddProductCommand;
import com.salesplatform.orders.product.api.ChangeProductPriceCommand;
import com.salesplatform.platform.security.CallerIdentity;
import com.salesplatform.platform.web.Created;
import jakarta.validation.Valid;
import java.util.Locale;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Catalogue changes: only an ADMIN adds products or changes their list price. */
@RestController
@RequestMapping(ProductController.PATH)
class ProductController {

    static final String PATH = "/api/products";

    private final CommandGateway commands;

    ProductController(CommandGateway commands) {
        this.commands = commands;
    }

    @PostMapping
    ResponseEntity<Created> add(@Valid @RequestBody AddProductRequest request, CallerIdentity caller) {
        requireAdmin(caller);
        String sku = normalized(request.sku());
        commands.sendAndWait(new AddProductCommand(sku, request.name(), request.category(), request.listPrice()));
        return Created.at(PATH, sku);
    }

    @PutMapping("/{sku}/price")
    ResponseEntity<Void> changePrice(@PathVariable String sku, @Valid @RequestBody ChangeProductPriceRequest request,
                                     CallerIdentity caller) {
        requireAdmin(caller);
        commands.sendAndWait(new ChangeProductPriceCommand(normalized(sku), request.listPrice()));
        return ResponseEntity.noContent().build();
    }

    /** SKUs are compared in upper case: {@code ab-1} and {@code AB-1} are one product. */
    static String normalized(String sku) {
        return sku.strip().toUpperCase(Locale.ROOT);
    }

    private static void requireAdmin(CallerIdentity caller) {
        if (!caller.isAdmin()) {
            throw new AccessDeniedException("Only an ADMIN changes the product catalogue");
        }
    }
}
