package com.salesplatform.platformtest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What every service must offer operators, whatever its domain: liveness and readiness, Prometheus metrics, its
 * OpenAPI document, its own database migrated by Flyway, and the API closed to callers without a token.
 * A service's test extends this and carries {@link ServiceIntegrationTest}.
 */
public abstract class OperationalEndpointsContract {

    @LocalServerPort
    private int port;
    @Autowired
    private JdbcTemplate jdbc;
    @Value("${spring.application.name}")
    private String application;

    @Test
    void answersLivenessAndReadiness() {
        assertThat(get("/actuator/health/liveness").body()).contains("\"UP\"");
        assertThat(get("/actuator/health/readiness").body()).contains("\"UP\"");
    }

    @Test
    void answersTheProbesOnTheApiPortWithoutAToken() {
        assertThat(get("/livez").body()).contains("\"UP\"");
        assertThat(get("/readyz").body()).contains("\"UP\"");
    }

    @Test
    void exposesPrometheusMetricsTaggedWithTheApplication() {
        var metrics = ApiClient.onPort(port).get("/actuator/prometheus", "text/plain");
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes").contains("application=\"" + application + "\"");
    }

    @Test
    void publishesItsOpenApiDocument() {
        var openApi = get("/v3/api-docs");
        assertThat(openApi.status()).as(openApi.toString()).isEqualTo(200);
        assertThat(openApi.json().path("openapi").asText()).startsWith("3.");
    }

    @Test
    void documentsEveryOperationAsAClientGeneratorNeedsIt() throws IOException {
        var document = get("/v3/api-docs");
        Path dump = Path.of("target", "openapi.json");
        Files.createDirectories(dump.getParent());
        Files.writeString(dump, document.body());
        JsonNode openApi = document.json();
        assertThat(openApi.path("info").path("title").asText()).isEqualTo(application);
        assertThat(openApi.at("/components/securitySchemes/bearerAuth/scheme").asText()).isEqualTo("bearer");
        assertThat(openApi.at("/security/0/bearerAuth").isArray()).as("bearer token on every operation").isTrue();
        assertThat(openApi.at("/components/schemas/Problem/properties/type").isObject()).isTrue();
        Set<String> operationIds = new HashSet<>();
        JsonNode paths = openApi.path("paths");
        paths.fieldNames().forEachRemaining(path -> paths.path(path).fields().forEachRemaining(entry -> {
            String where = entry.getKey().toUpperCase() + " " + path;
            JsonNode operation = entry.getValue();
            assertThat(operation.path("summary").asText()).as("summary of %s", where).isNotBlank();
            assertThat(operationIds.add(operation.path("operationId").asText()))
                    .as("operationId %s of %s is unique", operation.path("operationId"), where).isTrue();
            List<String> statuses = new ArrayList<>();
            operation.path("responses").fieldNames().forEachRemaining(statuses::add);
            assertThat(statuses).as("responses of %s", where).contains("401")
                    .anyMatch(status -> status.startsWith("2"));
            assertThat(operation.at("/responses/401/content/application~1problem+json/schema/$ref").asText())
                    .as("401 of %s", where).endsWith("/Problem");
            operation.path("parameters").forEach(parameter -> assertThat(parameter.path("name").asText())
                    .as("internal parameter in %s", where).isNotIn("caller", "pageQuery", "query"));
            if (path.contains("{")) {
                assertThat(statuses).as("responses of %s", where).contains("404");
            }
        }));
    }

    @Test
    void documentsTheIdempotencyKeyOnEveryPost() {
        var paths = get("/v3/api-docs").json().path("paths");
        paths.fieldNames().forEachRemaining(path -> {
            var post = paths.path(path).path("post");
            if (!post.isMissingNode()) {
                List<String> headers = new ArrayList<>();
                post.path("parameters").forEach(parameter -> {
                    if ("header".equals(parameter.path("in").asText())) {
                        headers.add(parameter.path("name").asText());
                    }
                });
                assertThat(headers).as("POST %s", path).containsOnlyOnce("Idempotency-Key");
            }
        });
    }

    @Test
    void ownsAFlywayMigratedDatabase() {
        assertThat(jdbc.queryForObject("SELECT count(*) FROM platform_schema_history WHERE success", Integer.class))
                .isPositive();
        assertThat(jdbc.queryForObject("SELECT current_setting('server_encoding')", String.class)).isEqualTo("UTF8");
    }

    @Test
    void answersUnknownRoutesWrongMethodsAndMediaTypesAsDocumentedProblems() {
        ApiClient admin = ApiClient.onPort(port).as(TestTokens.admin());
        assertProblem(admin.get("/api/no-such-resource/" + UUID.randomUUID()), 404, "not-found");

        var paths = get("/v3/api-docs").json().path("paths");
        String list = firstPathWith(paths, "get").orElseThrow(() -> new AssertionError("no GET without parameters"));
        var wrongMethod = admin.send("PATCH", list, "application/json", "{}");
        assertProblem(wrongMethod, 405, "method-not-allowed");
        assertThat(wrongMethod.header("Allow")).as("names the methods that are allowed").isPresent();
        assertProblem(admin.get(list, "application/xml"), 406, "not-acceptable");
        firstPathWith(paths, "post").ifPresent(create ->
                assertProblem(admin.send("POST", create, "text/plain", "名称"), 415, "unsupported-media-type"));
    }

    @Test
    void refusesApiCallsWithoutAToken() {
        var response = get("/api/anything");
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    private static void assertProblem(ApiClient.Response response, int status, String type) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.contentType()).as(response.toString()).startsWith("application/problem+json");
        assertThat(response.json().path("type").asText()).isEqualTo("https://sales-platform.dev/problems/" + type);
        assertThat(response.json().path("status").asInt()).isEqualTo(status);
    }

    /** The first documented path without path parameters that has the operation (with a body, for a POST). */
    private static Optional<String> firstPathWith(JsonNode paths, String operation) {
        List<String> candidates = new ArrayList<>();
        paths.fieldNames().forEachRemaining(path -> {
            JsonNode documented = paths.path(path).path(operation);
            boolean bodyIfPost = !operation.equals("post") || documented.has("requestBody");
            if (!path.contains("{") && path.startsWith("/api/") && !documented.isMissingNode() && bodyIfPost) {
                candidates.add(path);
            }
        });
        return candidates.stream().sorted().findFirst();
    }

    private ApiClient.Response get(String path) {
        return ApiClient.onPort(port).get(path);
    }
}
