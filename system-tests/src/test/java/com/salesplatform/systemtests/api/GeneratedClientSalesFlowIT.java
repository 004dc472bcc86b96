package com.salesplatform.systemtests.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.salesplatform.systemtests.Gateway;
import com.salesplatform.systemtests.RunningPlatform;
import com.salesplatform.systemtests.client.ApiClient;
import com.salesplatform.systemtests.client.ApiException;
import com.salesplatform.systemtests.client.api.AuthApi;
import com.salesplatform.systemtests.client.api.CustomerApi;
import com.salesplatform.systemtests.client.api.OrderApi;
import com.salesplatform.systemtests.client.api.ProductApi;
import com.salesplatform.systemtests.client.api.QuoteApi;
import com.salesplatform.systemtests.client.model.AddProductRequest;
import com.salesplatform.systemtests.client.model.Contact;
import com.salesplatform.systemtests.client.model.HistoryEntry;
import com.salesplatform.systemtests.client.model.IssueQuoteRequest;
import com.salesplatform.systemtests.client.model.OrderView;
import com.salesplatform.systemtests.client.model.PlaceOrderLineRequest;
import com.salesplatform.systemtests.client.model.PlaceOrderRequest;
import com.salesplatform.systemtests.client.model.RecordPaymentRequest;
import com.salesplatform.systemtests.client.model.RegisterLead;
import com.salesplatform.systemtests.client.model.ShipOrderRequest;
import com.salesplatform.systemtests.client.model.TokenRequest;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A client generated from {@code contracts/openapi.json} by OpenAPI Generator (Java, {@code native} library, at
 * build time) drives a sale through the gateway with the typed calls a partner team would use: sign in, a product,
 * a lead, a quote, an order placed from it, confirmed, shipped, delivered and paid, and the order's history.
 * Nothing here is written by hand against the HTTP API: if the document lied about a path, a parameter, a body or
 * an answer, this would not compile or would fail.
 */
@ExtendWith(RunningPlatform.class)
class GeneratedClientSalesFlowIT {

    private static final Duration REPLICATION = Duration.ofMinutes(1);

    private String gatewayUri;

    @BeforeEach
    void setUp(Gateway gateway) {
        gatewayUri = gateway.base().toString();
    }

    @Test
    void sellsFromLeadToPaidOrder() throws Exception {
        ApiClient admin = signedIn("admin");
        ApiClient rep = signedIn("rep1");
        ApiClient manager = signedIn("manager");
        String sku = "GEN-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        new ProductApi(admin).productAdd(new AddProductRequest().sku(sku).name("客户管理系统 生成客户端版")
                .category("软件").listPrice(new BigDecimal("2125.43")), null);

        String customerId = new CustomerApi(rep).customerRegisterLead(new RegisterLead()
                .name("生成客户端测试有限公司 " + sku).type(RegisterLead.TypeEnum.B2_B).industry("制造")
                .region("华东").channel(RegisterLead.ChannelEnum.EXHIBITION)
                .contact(new Contact().name("李雷").role("采购经理").email(sku.toLowerCase(Locale.ROOT) + "@example.cn")
                        .phone("+86 139 " + (10_000_000 + Math.floorMod(sku.hashCode(), 89_999_999)))), null, null)
                .getId();

        String quoteId = UUID.randomUUID().toString();
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        IssueQuoteRequest quote = new IssueQuoteRequest().id(quoteId).customerId(customerId).validUntil(today.plusDays(30))
                .lines(List.of(new PlaceOrderLineRequest().sku(sku).quantity(3)));
        onceReplicated(() -> new QuoteApi(rep).quoteIssue(quote, quoteId));

        OrderApi repOrders = new OrderApi(rep);
        OrderApi managerOrders = new OrderApi(manager);
        OrderView placed = repOrders.orderPlace(new PlaceOrderRequest().customerId(customerId).quoteId(quoteId)
                .paymentTermsDays(30), UUID.randomUUID().toString());
        assertThat(placed.getTotal()).isEqualByComparingTo("6376.29");
        if ("CREDIT_HOLD".equals(placed.getStatus())) {
            managerOrders.orderReleaseCredit(placed.getId(), null);
        }
        repOrders.orderConfirm(placed.getId(), null);
        managerOrders.orderShip(placed.getId(), new ShipOrderRequest().carrier("顺丰速运").trackingNumber("SF" + sku),
                null);
        managerOrders.orderDeliver(placed.getId(), null);
        managerOrders.orderPay(placed.getId(), new RecordPaymentRequest().amount(placed.getTotal()),
                UUID.randomUUID().toString());

        OrderView paid = await("the order paid").atMost(REPLICATION)
                .until(() -> repOrders.orderGet(placed.getId(), null), order -> "PAID".equals(order.getStatus()));
        assertThat(paid.getOutstanding()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(paid.getPaid()).isEqualByComparingTo("6376.29");
        List<String> history = repOrders.orderHistory(placed.getId(), 0, 50).getItems().stream()
                .map(HistoryEntry::getType).toList();
        assertThat(history).contains("OrderPlaced", "OrderConfirmed", "PaymentReceived", "OrderPaid");
    }

    @Test
    void answersARejectionAsTheDocumentedProblem() throws Exception {
        ApiClient rep = signedIn("rep1");
        try {
            new OrderApi(rep).orderGet(UUID.randomUUID().toString(), null);
            throw new AssertionError("an unknown order was found");
        } catch (ApiException notFound) {
            assertThat(notFound.getCode()).isEqualTo(404);
            assertThat(notFound.getResponseHeaders().firstValue("Content-Type")).hasValueSatisfying(type ->
                    assertThat(type).startsWith("application/problem+json"));
            assertThat(notFound.getResponseBody()).contains("https://sales-platform.dev/problems/not-found");
        }
    }

    private ApiClient signedIn(String user) throws ApiException {
        ApiClient anonymous = new ApiClient();
        anonymous.updateBaseUri(gatewayUri);
        String token = new AuthApi(anonymous).authToken(new TokenRequest().username(user).password(user))
                .getAccessToken();
        ApiClient client = new ApiClient();
        client.updateBaseUri(gatewayUri);
        client.setReadTimeout(Duration.ofSeconds(30));
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        return client;
    }

    /** The orders service learns of a new customer from its topic: until then it does not know the customer. */
    private static void onceReplicated(Callable<?> call) {
        await("the customer known to orders-service").atMost(REPLICATION).ignoreExceptionsMatching(
                failure -> failure instanceof ApiException api && (api.getCode() == 404 || api.getCode() == 409
                        || api.getCode() == 400)).until(() -> call.call() != null);
    }
}
