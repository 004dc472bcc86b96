package com.salesplatform.gateway.requestid;

import java.util.UUID;

import com.salesplatform.gateway.support.DownstreamService;
import com.salesplatform.gateway.support.LocalGatewayTestBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Every request gets an {@code X-Request-Id}, the service sees it and the client gets it back. */
class RequestIdIT extends LocalGatewayTestBase {

    private String token;

    @BeforeEach
    void logIn() {
        token = tokenFor("rep1");
    }

    @Test
    void keepsASaneIdTheClientSent() {
        String requestId = "mobile-app_1.2." + UUID.randomUUID().toString().substring(0, 8);

        String returned = callCustomers(requestId);

        assertThat(returned).isEqualTo(requestId);
        assertThat(customerService().requestWithId(requestId)).isPresent();
    }

    @Test
    void generatesOneWhenTheClientSentNone() {
        String returned = callCustomers(null);

        assertThat(UUID.fromString(returned)).isNotNull();
        assertThat(customerService().requestWithId(returned)).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"has spaces", "semi;colon", "quote\"", "x-aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"})
    void replacesAnIdThatIsNotSane(String insane) {
        String returned = callCustomers(insane);

        assertThat(returned).isNotEqualTo(insane);
        assertThat(UUID.fromString(returned)).isNotNull();
        assertThat(customerService().requestWithId(returned)).isPresent();
    }

    @Test
    void answersWithTheIdEvenWhenRefusingTheCall() {
        String returned = client.get().uri("/api/customers/1").exchange()
                .expectStatus().isUnauthorized()
                .returnResult(String.class).getResponseHeaders().getFirst("X-Request-Id");

        assertThat(UUID.fromString(returned)).isNotNull();
    }

    private String callCustomers(String requestId) {
        return client.get().uri("/api/customers/1")
                .headers(headers -> {
                    headers.setBearerAuth(token);
                    if (requestId != null) {
                        headers.set("X-Request-Id", requestId);
                    }
                })
                .exchange()
                .expectStatus().isOk()
                .returnResult(String.class).getResponseHeaders().getFirst("X-Request-Id");
    }

    private static DownstreamService customerService() {
        return SERVICES.get("customer-service");
    }
}
