package com.salesplatform.orders.order.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.salesplatform.orders.access.SalesAccess;
import com.salesplatform.orders.lookup.CustomerReplica;
import com.salesplatform.orders.order.api.ConfirmPaymentCommand;
import com.salesplatform.orders.order.api.FindOrderQuery;
import com.salesplatform.orders.order.api.PlaceOrderCommand;
import com.salesplatform.orders.order.api.RecordPaymentCommand;
import com.salesplatform.orders.order.api.ReportPaymentCommand;
import com.salesplatform.orders.order.api.RequestedLine;
import com.salesplatform.orders.order.api.ShipOrderCommand;
import com.salesplatform.orders.order.query.OrderPayments;
import com.salesplatform.orders.order.query.OrderView;
import com.salesplatform.platform.access.OwnerScope;
import com.salesplatform.platform.history.EventHistory;
import com.salesplatform.platform.roster.RosterReplica;
import com.salesplatform.platformtest.TestCallers;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@WebMvcTest({OrderController.class, OrderQueryController.class})
@Import({SalesAccess.class, OrderReader.class, OwnerScope.class})
class OrderControllerTest {

    private static final String CUSTOMER = "5a1e5000-0000-4000-8000-00000000e001";
    private static final String ORDER = "5a1e5000-0000-4000-8000-00000000d001";
    private static final String REP = "5a1e5000-0000-4000-8000-0000000000c1";
    private static final String OTHER_REP = "5a1e5000-0000-4000-8000-0000000000c2";
    private static final String TEAM = "5a1e5000-0000-4000-8000-000000000001";
    private static final String VALID = """
            {"customerId":"%s","lines":[{"sku":"crm-pro","quantity":3,"discountPercent":12.5}],"paymentTermsDays":30}"""
            .formatted(CUSTOMER.toUpperCase());

    @Autowired
    private MockMvc mvc;
    @MockitoBean
    private CommandGateway commands;
    @MockitoBean
    private QueryGateway queries;
    @MockitoBean
    private CustomerReplica customers;
    @MockitoBean
    private RosterReplica roster;
    @MockitoBean
    private EventHistory history;
    @MockitoBean
    private OrderPayments payments;

    @BeforeEach
    void setUp() {
        given(customers.isKnownWithin(eq(CUSTOMER), any())).willReturn(true);
        given(customers.ownerOf(CUSTOMER)).willReturn(Optional.of(REP));
        given(roster.teamOf(REP)).willReturn(Optional.of(TEAM));
        answerOrder(REP, TEAM);
    }

    @Test
    void theOwnerPlacesAnOrderThatTheServerPrices() throws Exception {
        place(VALID, TestCallers.rep(REP, TEAM))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/api/orders/")))
                .andExpect(jsonPath("$.id").isString())
                .andExpect(jsonPath("$.status").value("CREDIT_HOLD"))
                .andExpect(jsonPath("$.total").value(3150.00));
        var sent = ArgumentCaptor.forClass(PlaceOrderCommand.class);
        verify(commands).sendAndWait(sent.capture());
        assertThat(sent.getValue().customerId()).isEqualTo(CUSTOMER);
        assertThat(sent.getValue().lines())
                .containsExactly(new RequestedLine("CRM-PRO", 3, null, new BigDecimal("12.5")));
        assertThat(sent.getValue().largeDiscountApproved()).isFalse();
    }

    @Test
    void theTeamsManagerMayPlaceWithALargeDiscount() throws Exception {
        place(VALID, TestCallers.manager("m-1", TEAM)).andExpect(status().isCreated());
        var sent = ArgumentCaptor.forClass(PlaceOrderCommand.class);
        verify(commands).sendAndWait(sent.capture());
        assertThat(sent.getValue().largeDiscountApproved()).isTrue();
    }

    @Test
    void anotherRepsCustomerIsForbiddenAnUnknownOneABadRequest() throws Exception {
        place(VALID, TestCallers.rep(OTHER_REP, TEAM)).andExpect(status().isForbidden());
        place(VALID, TestCallers.manager("m-2", "5a1e5000-0000-4000-8000-000000000009"))
                .andExpect(status().isForbidden());
        place(VALID, TestCallers.caller("erp", null, "INTEGRATION")).andExpect(status().isForbidden());
        place(VALID.replace(CUSTOMER.toUpperCase(), OTHER_REP), TestCallers.admin())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("customerId"));
        verifyNoInteractions(commands);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "\"quantity\":3|\"quantity\":0|lines[0].quantity",
            "\"quantity\":3|\"quantity\":2.5|lines[0].quantity",
            "\"discountPercent\":12.5|\"discountPercent\":100|lines[0].discountPercent",
            "\"discountPercent\":12.5|\"discountPercent\":1.005|lines[0].discountPercent",
            "\"discountPercent\":12.5|\"unitPrice\":1.001|lines[0].unitPrice",
            "\"discountPercent\":12.5|\"lineTotal\":1|lines[0].lineTotal",
            "\"paymentTermsDays\":30|\"paymentTermsDays\":366|paymentTermsDays",
            "\"paymentTermsDays\":30|\"paymentTermsDays\":30,\"total\":1|total",
            "\"paymentTermsDays\":30|\"paymentTermsDays\":30,\"status\":\"PAID\"|status",
            "\"customerId\"|\"id\":\"x\",\"customerId\"|id"})
    void rejectsInvalidOrServerOwnedFieldsNamingThem(String valid, String invalid, String field) throws Exception {
        place(VALID.replace(valid, invalid), TestCallers.rep(REP, TEAM))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value(field));
        verifyNoInteractions(commands);
    }

    @Test
    void namesEveryMissingField() throws Exception {
        // lines may be absent when a quoteId is given: the order's own rule names them when both are missing
        place("{}", TestCallers.rep(REP, TEAM))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(
                        org.hamcrest.Matchers.containsInAnyOrder("customerId", "paymentTermsDays")));
    }

    @Test
    void theTeamsManagerShipsAVisibleOrderWithCarrierAndTrackingNumberButNotItsOwner() throws Exception {
        answerOrder(REP, TEAM);
        mvc.perform(post("/api/orders/" + ORDER + "/shipment").with(TestCallers.rep(REP, TEAM))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"carrier\":\"顺丰速运\",\"trackingNumber\":\"SF1\"}"))
                .andExpect(status().isForbidden());
        verifyNoInteractions(commands);
        mvc.perform(post("/api/orders/" + ORDER + "/shipment").with(TestCallers.manager("m-1", TEAM))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"carrier\":\"顺丰速运\",\"trackingNumber\":\"SF1\"}"))
                .andExpect(status().isNoContent());
        verify(commands).sendAndWait(new ShipOrderCommand(ORDER, "顺丰速运", "SF1"));
        mvc.perform(post("/api/orders/" + ORDER + "/shipment").with(TestCallers.manager("m-1", TEAM))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"carrier\":\"\",\"trackingNumber\":\"SF1\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("carrier"));
    }

    @Test
    void anOrderOfAnotherRepIsNotFoundAndOnlyTheTeamsManagerReleasesCredit() throws Exception {
        answerOrder(REP, TEAM);
        mvc.perform(get("/api/orders/" + ORDER).with(TestCallers.rep(OTHER_REP, TEAM)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/orders/" + ORDER + "/confirmation").with(TestCallers.rep(OTHER_REP, TEAM)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/orders/" + ORDER + "/credit-release").with(TestCallers.rep(REP, TEAM)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/orders/" + ORDER + "/credit-release").with(TestCallers.manager("m-1", TEAM)))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/orders/" + ORDER).with(TestCallers.rep(REP, TEAM)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CREDIT_HOLD"))
                .andExpect(jsonPath("$.total").value(3150.00));
    }

    @Test
    void aPaymentNeedsAPositiveAmountToTheCent() throws Exception {
        answerOrder(REP, TEAM);
        mvc.perform(post("/api/orders/" + ORDER + "/payments").with(TestCallers.rep(REP, TEAM))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"amount\":0.001}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("amount"));
    }

    @Test
    void theOwnersPaymentIsReportedTheManagersIsReceived() throws Exception {
        answerOrder(REP, TEAM);
        mvc.perform(post("/api/orders/" + ORDER + "/payments").with(TestCallers.rep(REP, TEAM))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"amount\":100}"))
                .andExpect(status().isCreated());
        verify(commands).sendAndWait(any(ReportPaymentCommand.class));
        mvc.perform(post("/api/orders/" + ORDER + "/payments").with(TestCallers.manager("m-1", TEAM))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"amount\":100}"))
                .andExpect(status().isCreated());
        verify(commands).sendAndWait(any(RecordPaymentCommand.class));
        mvc.perform(post("/api/orders/" + ORDER + "/payments/P-1/confirmation").with(TestCallers.rep(REP, TEAM)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/orders/" + ORDER + "/payments/P-1/confirmation")
                        .with(TestCallers.manager("m-1", TEAM)))
                .andExpect(status().isNoContent());
        verify(commands).sendAndWait(new ConfirmPaymentCommand(ORDER, "p-1"));
    }

    @Test
    void anUnknownStatusOrACustomerIdThatIsNoUuidIsABadRequest() throws Exception {
        mvc.perform(get("/api/orders?status=LOST").with(TestCallers.admin()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("status"));
        mvc.perform(get("/api/orders?customerId=abc").with(TestCallers.admin()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("customerId"));
        verifyNoInteractions(queries);
    }

    @SuppressWarnings("unchecked")
    private void answerOrder(String repId, String teamId) {
        OrderView order = new OrderView(ORDER, CUSTOMER, repId, teamId, "CREDIT_HOLD", List.of(),
                new BigDecimal("3150.00"), new BigDecimal("0.00"), new BigDecimal("3150.00"), "CNY", 30, null, false,
                Instant.parse("2027-01-01T00:00:00Z"), List.of());
        given(queries.query(any(FindOrderQuery.class), any(ResponseType.class)))
                .willReturn(CompletableFuture.completedFuture(Optional.of(order)));
    }

    private ResultActions place(String body, RequestPostProcessor caller) throws Exception {
        return mvc.perform(post("/api/orders").with(caller).contentType(MediaType.APPLICATION_JSON).content(body));
    }
}
