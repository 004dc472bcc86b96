package com.salesplatform.orders.product.command;

import com.salesplatform.orders.product.api.AddProductCommand;
import com.salesplatform.orders.product.api.ChangeProductPriceCommand;
import com.salesplatform.orders.product.api.ProductAddedEvent;
import com.salesplatform.orders.product.api.ProductPriceChangedEvent;
import com.salesplatform.platform.rejection.FieldRejectedException;
import com.salesplatform.platform.rejection.RuleViolationException;
import java.math.BigDecimal;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProductTest {

    private static final String SKU = "CRM-PRO";
    private static final ProductAddedEvent ADDED =
            new ProductAddedEvent(SKU, "客户管理系统 专业版", "软件", new BigDecimal("1200.00"), "CNY");

    private FixtureConfiguration<Product> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Product.class);
    }

    @Test
    void addsAProductWithAChineseNameAndAPriceToTheCent() {
        fixture.givenNoPriorActivity()
                .when(new AddProductCommand(SKU, "  客户管理系统 专业版 ", "软件", new BigDecimal("1200")))
                .expectEvents(ADDED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "12.345"})
    void rejectsAListPriceThatIsNotPositiveCents(String price) {
        fixture.givenNoPriorActivity()
                .when(new AddProductCommand(SKU, "名称", "软件", new BigDecimal(price)))
                .expectException(FieldRejectedException.class)
                .expectNoEvents();
    }

    @Test
    void rejectsABlankNameOrCategoryAndAMissingPrice() {
        fixture.givenNoPriorActivity().when(new AddProductCommand(SKU, " ", "软件", BigDecimal.ONE))
                .expectException(FieldRejectedException.class).expectExceptionMessage("must not be blank");
        fixture.givenNoPriorActivity().when(new AddProductCommand(SKU, "名称", null, BigDecimal.ONE))
                .expectException(FieldRejectedException.class);
        fixture.givenNoPriorActivity().when(new AddProductCommand(SKU, "名称", "软件", null))
                .expectException(FieldRejectedException.class);
        fixture.givenNoPriorActivity().when(new AddProductCommand(SKU, "名".repeat(201), "软件", BigDecimal.ONE))
                .expectException(FieldRejectedException.class).expectNoEvents();
    }

    @Test
    void changesThePriceRecordingThePreviousOne() {
        fixture.given(ADDED)
                .when(new ChangeProductPriceCommand(SKU, new BigDecimal("1280.5")))
                .expectEvents(new ProductPriceChangedEvent(SKU, new BigDecimal("1200.00"), new BigDecimal("1280.50"),
                        "CNY"));
    }

    @Test
    void theSamePriceAgainIsAConflictAndAnInvalidOneABadRequest() {
        fixture.given(ADDED).when(new ChangeProductPriceCommand(SKU, new BigDecimal("1200")))
                .expectException(RuleViolationException.class).expectNoEvents();
        fixture.given(ADDED).when(new ChangeProductPriceCommand(SKU, new BigDecimal("-5")))
                .expectException(FieldRejectedException.class).expectNoEvents();
    }
}
