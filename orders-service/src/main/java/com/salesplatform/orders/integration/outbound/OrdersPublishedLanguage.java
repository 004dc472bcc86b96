package com.salesplatform.orders.integration.outbound;

import com.salesplatform.orders.opportunity.api.NegotiationRoundRecordedEvent;
import com.salesplatform.orders.opportunity.api.OpportunityLostEvent;
import com.salesplatform.orders.opportunity.api.OpportunityOpenedEvent;
import com.salesplatform.orders.opportunity.api.OpportunityStageChangedEvent;
import com.salesplatform.orders.opportunity.api.OpportunityWonEvent;
import com.salesplatform.orders.order.api.OrderCancelledEvent;
import com.salesplatform.orders.order.api.OrderConfirmedEvent;
import com.salesplatform.orders.order.api.OrderCreditReleasedEvent;
import com.salesplatform.orders.order.api.OrderDeliveredEvent;
import com.salesplatform.orders.order.api.OrderPaidEvent;
import com.salesplatform.orders.order.api.OrderPlacedEvent;
import com.salesplatform.orders.order.api.OrderPutOnCreditHoldEvent;
import com.salesplatform.orders.order.api.OrderShippedEvent;
import com.salesplatform.orders.order.api.PaymentOverdueEvent;
import com.salesplatform.orders.order.api.PaymentReceivedEvent;
import com.salesplatform.orders.product.api.ProductAddedEvent;
import com.salesplatform.orders.quote.api.QuoteConvertedEvent;
import com.salesplatform.orders.quote.api.QuoteDiscountApprovedEvent;
import com.salesplatform.orders.quote.api.QuoteDiscountRejectedEvent;
import com.salesplatform.orders.quote.api.QuoteIssuedEvent;
import com.salesplatform.orders.product.api.ProductPriceChangedEvent;
import com.salesplatform.platform.publishing.PublishedEventCatalog;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The events this service publishes on {@code sales.orders.events}, by contract name and version. */
@Configuration(proxyBeanMethods = false)
public class OrdersPublishedLanguage {

    @Bean
    public PublishedEventCatalog publishedEvents() {
        return PublishedEventCatalog.builder()
                .publish(ProductAddedEvent.class, "ProductAdded", 1)
                .publish(ProductPriceChangedEvent.class, "ProductPriceChanged", 1)
                .publish(OpportunityOpenedEvent.class, "OpportunityOpened", 1)
                .publish(OpportunityStageChangedEvent.class, "OpportunityStageChanged", 1)
                .publish(NegotiationRoundRecordedEvent.class, "NegotiationRoundRecorded", 1)
                .publish(OpportunityWonEvent.class, "OpportunityWon", 1)
                .publish(OpportunityLostEvent.class, "OpportunityLost", 1)
                .publish(QuoteIssuedEvent.class, "QuoteIssued", 1)
                .publish(QuoteDiscountApprovedEvent.class, "QuoteDiscountApproved", 1)
                .publish(QuoteDiscountRejectedEvent.class, "QuoteDiscountRejected", 1)
                .publish(QuoteConvertedEvent.class, "QuoteConverted", 1)
                .publish(OrderPlacedEvent.class, "OrderPlaced", 1)
                .publish(OrderPutOnCreditHoldEvent.class, "OrderPutOnCreditHold", 1)
                .publish(OrderCreditReleasedEvent.class, "OrderCreditReleased", 1)
                .publish(OrderConfirmedEvent.class, "OrderConfirmed", 1)
                .publish(OrderShippedEvent.class, "OrderShipped", 1)
                .publish(OrderDeliveredEvent.class, "OrderDelivered", 1)
                .publish(PaymentReceivedEvent.class, "PaymentReceived", 1)
                .publish(OrderPaidEvent.class, "OrderPaid", 1)
                .publish(PaymentOverdueEvent.class, "PaymentOverdue", 1)
                .publish(OrderCancelledEvent.class, "OrderCancelled", 1)
                .build();
    }
}
