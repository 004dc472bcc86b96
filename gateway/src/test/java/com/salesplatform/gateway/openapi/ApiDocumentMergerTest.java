package com.salesplatform.gateway.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ApiDocumentMergerTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final ApiDocumentMerger merger = new ApiDocumentMerger("Sales platform API", "1.0");

    @Test
    void keepsEveryPathAndSharedComponentsOnce() {
        JsonNode merged = merger.merge(documents(
                "targets-service", service("/api/targets", "targetList", "TargetView", "{\"type\":\"object\"}"),
                "orders-service", service("/api/orders", "orderList", "OrderView", "{\"type\":\"object\"}")));

        assertThat(merged.path("paths").has("/api/targets")).isTrue();
        assertThat(merged.path("paths").has("/api/orders")).isTrue();
        assertThat(merged.at("/components/schemas").size()).as("Problem once, and both views").isEqualTo(3);
        assertThat(merged.at("/security/0/bearerAuth").isArray()).isTrue();
        assertThat(merged.at("/components/securitySchemes/bearerAuth/bearerFormat").asText()).isEqualTo("JWT");
        assertThat(merged.at("/tags").findValuesAsText("name")).containsExactly("orders-service", "targets-service");
        assertThat(merged.at("/tags/0/description").asText()).isEqualTo("Operations on orders service, served by "
                + "orders-service.");
    }

    @Test
    void renamesAComponentTwoServicesDefineDifferentlyWithEveryReferenceToIt() {
        JsonNode merged = merger.merge(documents(
                "customer-service", service("/api/customers", "customerList", "CustomerView",
                        "{\"type\":\"object\",\"description\":\"the customer\"}"),
                "reporting-service", service("/api/reports/customers", "customerBehaviour", "CustomerView",
                        "{\"type\":\"object\",\"description\":\"the customer's behaviour\"}")));

        assertThat(merged.at("/components/schemas/CustomerView/description").asText()).isEqualTo("the customer");
        assertThat(merged.at("/components/schemas/CustomerViewReporting/description").asText())
                .isEqualTo("the customer's behaviour");
        assertThat(merged.at("/paths/~1api~1reports~1customers/get/responses/200/content/application~1json/schema/$ref")
                .asText()).isEqualTo("#/components/schemas/CustomerViewReporting");
        assertThat(merged.at("/paths/~1api~1customers/get/responses/200/content/application~1json/schema/$ref")
                .asText()).isEqualTo("#/components/schemas/CustomerView");
    }

    @Test
    void prefixesAnOperationIdASecondServiceUsesToo() {
        JsonNode merged = merger.merge(documents(
                "targets-service", service("/api/targets/{id}/history", "history", "A", "{}"),
                "customer-service", service("/api/customers/{id}/history", "history", "B", "{}")));

        assertThat(merged.at("/paths/~1api~1targets~1{id}~1history/get/operationId").asText()).isEqualTo("history");
        assertThat(merged.at("/paths/~1api~1customers~1{id}~1history/get/operationId").asText())
                .isEqualTo("customerServiceHistory");
    }

    @Test
    void refusesTwoServicesDocumentingTheSameOperation() {
        assertThatThrownBy(() -> merger.merge(documents(
                "targets-service", service("/api/targets", "targetList", "A", "{}"),
                "orders-service", service("/api/targets", "orderList", "B", "{}"))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("GET /api/targets");
    }

    private static Map<String, JsonNode> documents(String firstName, JsonNode first, String secondName,
                                                   JsonNode second) {
        Map<String, JsonNode> documents = new LinkedHashMap<>();
        documents.put(firstName, first);
        documents.put(secondName, second);
        return documents;
    }

    private static JsonNode service(String path, String operationId, String view, String viewSchema) {
        String tag = operationId.startsWith("target") || path.startsWith("/api/targets") ? "targets-service"
                : "orders-service";
        try {
            return JSON.readTree("""
                    {"openapi":"3.1.0","info":{"title":"s","version":"1"},
                     "paths":{"%s":{"get":{"operationId":"%s","tags":["%s"],"responses":{"200":{"description":"OK",
                       "content":{"application/json":{"schema":{"$ref":"#/components/schemas/%s"}}}}}}}},
                     "components":{"schemas":{"Problem":{"type":"object"},"%s":%s},
                       "securitySchemes":{"bearerAuth":{"type":"http","scheme":"bearer"}}}}
                    """.formatted(path, operationId, tag, view, view, viewSchema));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
