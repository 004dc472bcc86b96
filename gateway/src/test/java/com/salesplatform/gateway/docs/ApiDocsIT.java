package com.salesplatform.gateway.docs;

import java.util.List;
import java.util.Map;

import com.salesplatform.gateway.support.LocalGatewayTestBase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.core.ParameterizedTypeReference;

import static org.assertj.core.api.Assertions.assertThat;

/** One Swagger UI for the whole platform: each service's OpenAPI document, fetched through the gateway. */
class ApiDocsIT extends LocalGatewayTestBase {

    @ParameterizedTest
    @ValueSource(strings = {"targets-service", "customer-service", "orders-service", "performance-service",
            "training-service", "reporting-service"})
    void eachServicesDocumentIsServedPubliclyFromItsOwnV3ApiDocs(String service) {
        String requestId = newRequestId();
        client.get().uri("/v3/api-docs/" + service)
                .header("X-Request-Id", requestId)
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.info.title").isEqualTo(service);

        assertThat(SERVICES.get(service).requestWithId(requestId).orElseThrow().path()).isEqualTo("/v3/api-docs");
    }

    @Test
    void theSwaggerUiListsTheGatewayAndEveryService() {
        Map<String, Object> config = client.get().uri("/v3/api-docs/gateway/swagger-config")
                .exchange()
                .expectStatus().isOk()
                .expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
                }).returnResult().getResponseBody();

        @SuppressWarnings("unchecked")
        List<Map<String, String>> urls = (List<Map<String, String>>) config.get("urls");
        assertThat(urls).extracting(url -> url.get("name") + " " + url.get("url")).containsExactlyInAnyOrder(
                "platform /v3/api-docs",
                "gateway /v3/api-docs/gateway",
                "targets-service /v3/api-docs/targets-service",
                "customer-service /v3/api-docs/customer-service",
                "orders-service /v3/api-docs/orders-service",
                "performance-service /v3/api-docs/performance-service",
                "training-service /v3/api-docs/training-service",
                "reporting-service /v3/api-docs/reporting-service");
    }

    @Test
    void thePlatformDocumentHoldsTheGatewaysAndEveryServicesOperations() {
        client.get().uri("/v3/api-docs")
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.info.title").isEqualTo("Sales platform API")
                .jsonPath("$.paths['/api/auth/token'].post").exists()
                .jsonPath("$.paths['/api/targets-service/examples'].get.operationId").isEqualTo("exampleList")
                .jsonPath("$.paths['/api/reporting-service/examples'].get.operationId")
                .isEqualTo("reportingServiceExampleList")
                .jsonPath("$.paths['/api/reporting-service/examples'].get.responses['200'].content"
                        + "['application/json'].schema['$ref']").isEqualTo("#/components/schemas/ExampleViewReporting")
                .jsonPath("$.components.schemas.ExampleView.description").isEqualTo("targets-service")
                .jsonPath("$.components.schemas.ExampleViewReporting.description").isEqualTo("reporting-service")
                .jsonPath("$.components.securitySchemes.bearerAuth.scheme").isEqualTo("bearer");
    }

    @Test
    void theGatewaysOwnDocumentDescribesTheTokenEndpoints() {
        client.get().uri("/v3/api-docs/gateway")
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.paths['/api/auth/token'].post.operationId").isEqualTo("authToken")
                .jsonPath("$.paths['/api/auth/token'].post.security").isEmpty()
                .jsonPath("$.paths['/api/auth/token'].post.responses['401'].content['application/problem+json']")
                .exists()
                .jsonPath("$.paths['/api/auth/refresh'].post.operationId").isEqualTo("authRefresh")
                .jsonPath("$.components.schemas.Problem").exists();
    }

    @Test
    void theSwaggerUiPageIsServed() {
        client.get().uri("/swagger-ui/index.html")
                .exchange()
                .expectStatus().isOk()
                .expectBody(String.class).value(html -> assertThat(html).contains("swagger-ui"));
    }
}
