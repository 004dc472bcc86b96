package com.salesplatform.systemtests.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.salesplatform.systemtests.Gateway;
import com.salesplatform.systemtests.RunningPlatform;
import com.salesplatform.systemtests.deployment.RepositoryFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The platform's one OpenAPI document, as the gateway serves it: it is the file published in the repository
 * ({@code contracts/openapi.json}; run with {@code SALES_UPDATE_OPENAPI=true} to write it anew after an API
 * change), it holds every operation of every service, and a maintained linter's recommended rules find no error.
 */
@ExtendWith(RunningPlatform.class)
class PlatformApiDocumentIT {

    private static final Path PUBLISHED = RepositoryFiles.root().resolve("contracts/openapi.json");
    private static final String LINTER = "@redocly/cli@2.77.0";
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private Gateway gateway;

    @BeforeEach
    void setUp(Gateway gateway) {
        this.gateway = gateway;
    }

    @Test
    void isTheDocumentPublishedInTheRepository() throws IOException {
        String served = canonical(platformDocument());
        if (Boolean.parseBoolean(System.getenv("SALES_UPDATE_OPENAPI"))) {
            Files.writeString(PUBLISHED, served, StandardCharsets.UTF_8);
        }
        assertThat(PUBLISHED).as("contracts/openapi.json; after an API change run the system tests once with "
                + "SALES_UPDATE_OPENAPI=true and commit the file").exists();
        assertThat(served).as("the served document differs from contracts/openapi.json; after an API change run "
                + "the system tests once with SALES_UPDATE_OPENAPI=true and commit the file")
                .isEqualTo(Files.readString(PUBLISHED, StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @ValueSource(strings = {"targets-service", "customer-service", "orders-service", "performance-service",
            "training-service", "reporting-service", "gateway"})
    void holdsEveryOperationOfEachDocument(String document) {
        JsonNode own = gateway.get("/v3/api-docs/" + document, null).json();
        JsonNode platform = platformDocument();
        List<String> missing = new ArrayList<>();
        own.path("paths").fields().forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(method -> {
            if (platform.path("paths").path(path.getKey()).path(method).isMissingNode()) {
                missing.add(method.toUpperCase() + " " + path.getKey());
            }
        }));
        assertThat(own.path("paths").size()).as(document + " documents operations").isPositive();
        assertThat(missing).as("operations of %s missing from the platform's document", document).isEmpty();
    }

    /** The documents that are objects by design, as docs/api-guidelines.md ("Lists") names them. */
    private static final Set<String> NOT_LISTS = Set.of(
            "/api/admin/projections",                        // the read models' status: active and latest ten
            "/api/reports/customer-behaviour",               // a report: segments and groups, customers paged inside
            "/api/reports/pipeline",                         // a report: stages, win rate, loss reasons
            "/api/reports/training-coverage",                // a report: coverage and effect
            "/api/reps/{repId}/promotion-readiness",         // a document about the rep
            "/api/reps/{repId}/training-record",             // a document about the rep
            "/api/sales-reports/figures");                   // one report's figures before it is submitted
    /** Addressed by a key, not an id, as docs/api-guidelines.md ("Resources and ids") names them. */
    private static final Set<String> WITHOUT_ID = Set.of(
            "/api/admin/projections/generations/{generation}", // numbered: generation
            "/api/prospecting-plans/{repId}/{month}");         // a value kept per rep and month
    /**
     * Lists whose items are not resources (docs/api-guidelines.md): a report's rows name what they are about by
     * references, an article's versions are numbered within it.
     */
    private static final String REPORTS = "/api/reports/";
    private static final Set<String> ITEMS_WITHOUT_ID = Set.of("/api/knowledge/articles/{articleId}/versions");

    @Test
    void answersEveryListInTheOneEnvelopeAndEveryResourceWithAnId() {
        JsonNode document = platformDocument();
        JsonNode schemas = document.path("components").path("schemas");
        List<String> notEnvelope = new ArrayList<>();
        List<String> withoutId = new ArrayList<>();
        List<String> itemsWithoutId = new ArrayList<>();
        document.path("paths").fields().forEachRemaining(path -> {
            JsonNode ok = jsonSchemaOf(path.getValue().path("get").path("responses").path("200").path("content"));
            if (ok.isMissingNode()) {
                return;
            }
            JsonNode schema = resolved(ok, schemas);
            JsonNode properties = schema.path("properties");
            boolean resource = path.getKey().endsWith("}");
            if (!resource && !NOT_LISTS.contains(path.getKey())
                    && !List.of("items", "page", "size", "totalItems", "totalPages").stream().allMatch(properties::has)) {
                notEnvelope.add(path.getKey());
            }
            if (resource && !WITHOUT_ID.contains(path.getKey()) && !properties.has("id")) {
                withoutId.add(path.getKey());
            }
            JsonNode item = resolved(properties.path("items").path("items"), schemas);
            if (properties.has("items") && !path.getKey().startsWith(REPORTS)
                    && !ITEMS_WITHOUT_ID.contains(path.getKey()) && !item.path("properties").has("id")) {
                itemsWithoutId.add(path.getKey());
            }
        });
        assertThat(notEnvelope).as("lists not answered as {items, page, size, totalItems, totalPages}").isEmpty();
        assertThat(withoutId).as("resources without an id").isEmpty();
        assertThat(itemsWithoutId).as("lists of resources whose items have no id").isEmpty();
    }

    @Test
    void documentsIdempotencyKeyOnEveryPostOfTheServices() {
        List<String> without = new ArrayList<>();
        platformDocument().path("paths").fields().forEachRemaining(path -> {
            JsonNode post = path.getValue().path("post");
            boolean documented = false;
            for (JsonNode parameter : post.path("parameters")) {
                documented |= "header".equals(parameter.path("in").asText())
                        && "Idempotency-Key".equals(parameter.path("name").asText());
            }
            // signing in and refreshing are the gateway's own, not a service's creating POST (ADR 0015)
            if (!post.isMissingNode() && !path.getKey().startsWith("/api/auth/") && !documented) {
                without.add(path.getKey());
            }
        });
        assertThat(without).as("POSTs without the Idempotency-Key header documented").isEmpty();
    }

    /** Codes and keys in request bodies: not free text a user writes, so no Chinese example is asked of them. */
    private static final Set<String> NOT_FREE_TEXT = Set.of("period", "sku", "trackingNumber", "username", "password",
            "refresh_token");

    @Test
    void showsEveryFreeTextFieldOfARequestWithAChineseExample() {
        JsonNode document = platformDocument();
        JsonNode schemas = document.path("components").path("schemas");
        Set<String> requests = new java.util.TreeSet<>();
        document.path("paths").forEach(path -> path.forEach(operation -> operation.path("requestBody").path("content")
                .forEach(content -> collectSchemas(content.path("schema"), schemas, requests))));
        List<String> withoutExample = new ArrayList<>();
        for (String request : requests) {
            schemas.path(request).path("properties").fields().forEachRemaining(property -> {
                JsonNode schema = property.getValue();
                boolean freeText = "string".equals(schema.path("type").asText()) && !schema.has("format")
                        && !schema.has("enum") && !schema.has("pattern") && !property.getKey().endsWith("Id")
                        && !property.getKey().equals("id") && !NOT_FREE_TEXT.contains(property.getKey());
                if (freeText && !schema.path("example").asText().codePoints()
                        .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
                    withoutExample.add(request + "." + property.getKey());
                }
            });
        }
        assertThat(requests).as("request bodies found").isNotEmpty();
        assertThat(withoutExample).as("free-text request fields without a Chinese example").isEmpty();
    }

    private static void collectSchemas(JsonNode schema, JsonNode schemas, Set<String> names) {
        if (schema.has("$ref")) {
            String name = schema.path("$ref").asText().replace("#/components/schemas/", "");
            if (names.add(name)) {
                schemas.path(name).path("properties").forEach(property -> collectSchemas(property, schemas, names));
            }
        } else if (schema.has("items")) {
            collectSchemas(schema.path("items"), schemas, names);
        }
    }

    @Test
    void passesTheLintersRecommendedRulesWithoutAnError() throws Exception {
        Path file = Path.of("target", "platform-openapi.json").toAbsolutePath();
        Files.createDirectories(file.getParent());
        Files.writeString(file, canonical(platformDocument()), StandardCharsets.UTF_8);
        Path report = file.resolveSibling("platform-openapi-lint.json");
        Process lint = new ProcessBuilder("npx", "--yes", LINTER, "lint", "--format=json", file.toString())
                .redirectOutput(report.toFile())
                .redirectError(file.resolveSibling("platform-openapi-lint.log").toFile())
                .start();
        assertThat(lint.waitFor(5, TimeUnit.MINUTES)).as("the linter finished (needs npx: Node.js and npm)").isTrue();
        String output = Files.readString(report, StandardCharsets.UTF_8);
        JsonNode result = JSON.readTree(output.substring(output.indexOf('{')));
        List<String> errors = new ArrayList<>();
        result.path("problems").forEach(problem -> {
            if ("error".equals(problem.path("severity").asText())) {
                errors.add(problem.path("ruleId").asText() + ": " + problem.path("message").asText() + " at "
                        + problem.path("location").path(0).path("pointer").asText());
            }
        });
        assertThat(errors).as("errors of %s's recommended rules (full report: %s)", LINTER, report).isEmpty();
        assertThat(result.path("totals").path("errors").asInt()).isZero();
    }

    private static JsonNode resolved(JsonNode schema, JsonNode schemas) {
        return schema.has("$ref") ? schemas.path(schema.path("$ref").asText().replace("#/components/schemas/", ""))
                : schema;
    }

    /**
     * The schema of a JSON answer, whichever media type names it: springdoc writes {@code *}{@code /*} for a handler
     * that does not declare what it produces, which is JSON here too.
     */
    private static JsonNode jsonSchemaOf(JsonNode content) {
        for (String mediaType : List.of("application/json", "*/*")) {
            if (content.has(mediaType)) {
                return content.path(mediaType).path("schema");
            }
        }
        return content.path("application/json").path("schema");
    }

    /** The first request makes every service build its document, which can take a while on a busy machine. */
    private JsonNode platformDocument() {
        var response = await("the platform's document").atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofSeconds(2))
                .until(() -> gateway.get("/v3/api-docs", null), answer -> answer.status() != 503);
        assertThat(response.status()).as(response.describe()).isEqualTo(200);
        return response.json();
    }

    private static String canonical(JsonNode document) throws IOException {
        return JSON.writeValueAsString(JSON.convertValue(document, Map.class)) + "\n";
    }
}
