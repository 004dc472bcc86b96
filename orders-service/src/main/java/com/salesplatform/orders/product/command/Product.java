package com.salesplatform.orders.product.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.salesplatform.orders.product.api.AddProductCommand;
import com.salesplatform.orders.product.api.ChangeProductPriceCommand;
import com.salesplatform.orders.product.api.ProductAddedEvent;
import com.salesplatform.orders.product.api.ProductPriceChangedEvent;
import com.salesplatform.platform.rejection.RuleViolationException;
import com.salesplatform.platform.value.Money;
import com.salesplatform.platform.value.Text;
import java.math.BigDecimal;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/** A product of the catalogue (docs/domain.md §3), identified by its SKU; its list price changes only by events. */
@Aggregate
public class Product {

    static final int MAX_NAME_LENGTH = 200;
    static final int MAX_CATEGORY_LENGTH = 100;

    @AggregateIdentifier
    private String sku;
    private BigDecimal listPrice;

    protected Product() {
        // for Axon
    }

    @CommandHandler
    public Product(AddProductCommand command) {
        String name = Text.required("name", command.name(), MAX_NAME_LENGTH);
        String category = Text.required("category", command.category(), MAX_CATEGORY_LENGTH);
        BigDecimal price = Money.requirePositiveCents("listPrice", command.listPrice());
        apply(new ProductAddedEvent(command.sku(), name, category, price, Money.CURRENCY));
    }

    @CommandHandler
    public void handle(ChangeProductPriceCommand command) {
        BigDecimal price = Money.requirePositiveCents("listPrice", command.listPrice());
        if (price.compareTo(listPrice) == 0) {
            throw new RuleViolationException("The list price of " + sku + " is already " + listPrice);
        }
        apply(new ProductPriceChangedEvent(sku, listPrice, price, Money.CURRENCY));
    }

    @EventSourcingHandler
    void on(ProductAddedEvent event) {
        sku = event.sku();
        listPrice = event.listPrice();
    }

    @EventSourcingHandler
    void on(ProductPriceChangedEvent event) {
        listPrice = event.listPrice();
    }
}
