package com.salesplatform.customers.purchase;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.salesplatform.customers.integration.inbound.OrderPlacedV1;
import com.salesplatform.customers.integration.inbound.OrderStatusChangedV1;
import com.salesplatform.platformtest.Contracts;
import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** This service's readings of orders-service's events parse the published examples. */
class OrderEventsContractTest {

    private static final ObjectMapper TOLERANT = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final String ORDER = "5a1e5000-0000-4000-8000-00000000d001";

    @Test
    void readsTheOrderPlacedExample() throws Exception {
        OrderPlacedV1 placed = TOLERANT.treeToValue(Contracts.example("orders", "OrderPlaced", 1), OrderPlacedV1.class);
        assertThat(placed.orderId()).isEqualTo(ORDER);
        assertThat(placed.customerId()).isEqualTo("5a1e5000-0000-4000-8000-00000000e001");
        assertThat(placed.total()).isEqualByComparingTo(new BigDecimal("3900.00"));
        assertThat(placed.currency()).isEqualTo("CNY");
    }

    @ParameterizedTest
    @ValueSource(strings = {"OrderConfirmed", "OrderShipped", "OrderDelivered", "OrderPaid", "OrderCancelled"})
    void readsTheStatusChangeExamples(String type) throws Exception {
        assertThat(TOLERANT.treeToValue(Contracts.example("orders", type, 1), OrderStatusChangedV1.class))
                .isEqualTo(new OrderStatusChangedV1(ORDER, null));
    }
}
