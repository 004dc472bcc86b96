package com.salesplatform.gateway.routing;

import java.util.stream.Stream;

import com.salesplatform.gateway.support.DownstreamService.RecordedRequest;
import com.salesplatform.gateway.support.LocalGatewayTestBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** Every {@code /api/**} path of the domain reaches the service that owns it, unchanged and authenticated. */
class RoutingIT extends LocalGatewayTestBase {

    private static final String REP = "5a1e5000-0000-4000-8000-0000000000c1";

    private String token;

    @BeforeEach
    void logIn() {
        token = tokenFor("manager");
    }

    static Stream<Arguments> routes() {
        return Stream.of(
                arguments(HttpMethod.POST, "/api/targets", "targets-service"),
                arguments(HttpMethod.GET, "/api/targets/7/history", "targets-service"),
                arguments(HttpMethod.POST, "/api/risks/9/assessment", "targets-service"),
                arguments(HttpMethod.POST, "/api/customers/leads", "customer-service"),
                arguments(HttpMethod.DELETE, "/api/customers/3/personal-data", "customer-service"),
                arguments(HttpMethod.PUT, "/api/prospecting-plans/" + REP + "/2027-03", "customer-service"),
                arguments(HttpMethod.PUT, "/api/products/SKU-1/price", "orders-service"),
                arguments(HttpMethod.POST, "/api/opportunities/5/negotiation-rounds", "orders-service"),
                arguments(HttpMethod.POST, "/api/quotes/5/approval", "orders-service"),
                arguments(HttpMethod.POST, "/api/orders/5/shipment", "orders-service"),
                arguments(HttpMethod.POST, "/api/teams", "performance-service"),
                arguments(HttpMethod.GET, "/api/reps", "performance-service"),
                arguments(HttpMethod.POST, "/api/reps/" + REP + "/transfer", "performance-service"),
                arguments(HttpMethod.GET, "/api/reps/" + REP + "/promotion-readiness", "performance-service"),
                arguments(HttpMethod.POST, "/api/appraisals/4/review", "performance-service"),
                arguments(HttpMethod.POST, "/api/incentive-plans", "performance-service"),
                arguments(HttpMethod.POST, "/api/payout-runs", "performance-service"),
                arguments(HttpMethod.GET, "/api/payouts", "performance-service"),
                arguments(HttpMethod.GET, "/api/reps/" + REP + "/training-record", "training-service"),
                arguments(HttpMethod.POST, "/api/courses/2/sessions", "training-service"),
                arguments(HttpMethod.POST, "/api/sessions/8/enrollments", "training-service"),
                arguments(HttpMethod.POST, "/api/external-trainings", "training-service"),
                arguments(HttpMethod.PUT, "/api/knowledge/articles/6", "training-service"),
                arguments(HttpMethod.POST, "/api/meetings/1/action-items/2/completion", "training-service"),
                arguments(HttpMethod.GET, "/api/reports/pipeline", "reporting-service"),
                arguments(HttpMethod.POST, "/api/sales-reports/3/review", "reporting-service"),
                arguments(HttpMethod.POST, "/api/admin/projections/rebuild", "reporting-service"));
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @MethodSource("routes")
    void reachesTheOwningServiceWithTheTokenAndTheRequestId(HttpMethod method, String path, String service) {
        String requestId = newRequestId();

        WebTestClient.RequestBodySpec request = client.method(method).uri(path)
                .headers(headers -> headers.setBearerAuth(token))
                .header("X-Request-Id", requestId);
        WebTestClient.RequestHeadersSpec<?> call = method == HttpMethod.POST || method == HttpMethod.PUT
                ? request.contentType(MediaType.APPLICATION_JSON).bodyValue("{}")
                : request;
        call.exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("X-Request-Id", requestId)
                .expectBody()
                .jsonPath("$.service").isEqualTo(service)
                .jsonPath("$.method").isEqualTo(method.name())
                .jsonPath("$.path").isEqualTo(path);

        RecordedRequest received = SERVICES.get(service).requestWithId(requestId).orElseThrow();
        assertThat(received.header("Authorization")).isEqualTo("Bearer " + token);
        assertThat(received.path()).isEqualTo(path);
        SERVICES.values().stream()
                .filter(other -> !other.name().equals(service))
                .forEach(other -> assertThat(other.requestWithId(requestId)).as(other.name()).isEmpty());
    }

    @Test
    void keepsTheQueryString() {
        String requestId = newRequestId();
        client.get().uri("/api/knowledge/articles?q=谈判&kind=PLAYBOOK")
                .headers(headers -> headers.setBearerAuth(token))
                .header("X-Request-Id", requestId)
                .exchange()
                .expectStatus().isOk();

        RecordedRequest received = SERVICES.get("training-service").requestWithId(requestId).orElseThrow();
        assertThat(received.path()).isEqualTo("/api/knowledge/articles");
        assertThat(received.query()).isEqualTo("q=%E8%B0%88%E5%88%A4&kind=PLAYBOOK");
    }

    @Test
    void passesTheServicesOwnErrorAnswerThrough() {
        client.get().uri("/api/orders/missing")
                .headers(headers -> headers.setBearerAuth(token))
                .exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.service").isEqualTo("orders-service");
    }
}
