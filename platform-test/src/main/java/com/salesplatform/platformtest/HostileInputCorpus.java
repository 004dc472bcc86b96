package com.salesplatform.platformtest;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;

/**
 * The hostile-input corpus of ADR 0013, generated from an OpenAPI document: for every operation, NUL in every
 * string query parameter and every string field of a body, dates and instants at the extremes of Java's range, ids
 * that are not ids (in the path and in id fields), and numbers too big for any column; the rest of each request
 * filled with plausible sample values, so the probe reaches the code that reads the field under probe. Who sends the
 * probes and how is the caller's: a service's {@link HostileInputContract} against its own document, the system
 * tests through the gateway against the platform's merged one. Depends on Jackson only.
 */
public final class HostileInputCorpus {

    private static final ObjectMapper EXACT = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<String> METHODS = List.of("get", "post", "put", "delete");
    private static final String NUL = "a\u0000b";
    private static final List<String> EXTREME_INSTANTS = List.of("+1000000000-01-01T00:00:00Z",
            "-1000000000-01-01T00:00:00Z", "1899-12-31T23:59:59Z", "10000-01-01T00:00:00Z");
    private static final List<String> EXTREME_DATES = List.of("-999999999-01-01", "+999999999-12-31", "1899-12-31",
            "+10000-01-01");
    private static final List<String> NOT_IDS = List.of("not-an-id", "99999999999999999999999999");
    private static final List<String> HUGE_NUMBERS = List.of("1e400", "-1e400", "99999999999999999999999999999999",
            "0.000000000000000000000000000001");

    private final JsonNode document;

    public HostileInputCorpus(JsonNode openApiDocument) {
        this.document = openApiDocument;
    }

    /** One request of the corpus: its category, method (lower case), path with query, and JSON body or null. */
    public record Probe(String category, String method, String uri, JsonNode body) {

        /** For failure messages: the request as sent. */
        public String describe() {
            return category + ": " + method.toUpperCase() + " " + uri + (body == null ? "" : " " + body);
        }
    }

    /** Every probe of the corpus, operation by operation in the document's order. */
    public List<Probe> probes() {
        List<Probe> probes = new ArrayList<>();
        for (Operation operation : operations()) {
            probesOf(operation, probes);
        }
        return probes;
    }

    /** Every operation of the document (GET, POST, PUT, DELETE). */
    public List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        document.path("paths").fields().forEachRemaining(path -> METHODS.forEach(method -> {
            JsonNode operation = path.getValue().path(method);
            if (!operation.isMissingNode()) {
                List<JsonNode> parameters = new ArrayList<>();
                path.getValue().path("parameters").forEach(parameters::add);
                operation.path("parameters").forEach(parameters::add);
                operations.add(new Operation(method, path.getKey(), operation, parameters));
            }
        }));
        return operations;
    }

    private void probesOf(Operation operation, List<Probe> probes) {
        for (JsonNode parameter : operation.parameters) {
            String name = parameter.path("name").asText();
            JsonNode schema = resolve(parameter.path("schema"));
            switch (parameter.path("in").asText()) {
                case "query" -> {
                    if ("string".equals(schema.path("type").asText())) {
                        probes.add(operation.probe("NUL in a query parameter", operation.query(name, NUL), null));
                    }
                    if (isTemporal(schema, name)) {
                        temporals(schema, name).forEach(value -> probes.add(operation.probe(
                                "extreme date in a query parameter", operation.query(name, value), null)));
                    }
                }
                case "path" -> NOT_IDS.forEach(value -> probes.add(operation.probe("not an id in the path",
                        operation.path(name, value), null)));
                default -> {
                }
            }
        }
        JsonNode body = operation.body();
        if (body == null) {
            return;
        }
        forEachField(operation.bodySchema(), "", (pointer, schema) -> {
            String name = pointer.substring(pointer.lastIndexOf('/') + 1);
            String type = schema.path("type").asText();
            if (isTemporal(schema, name)) {
                temporals(schema, name).forEach(value -> probes.add(operation.probe("extreme date in a body field",
                        operation.uri(), replaced(body, pointer, NODES.textNode(value)))));
            } else if ("string".equals(type)) {
                probes.add(operation.probe("NUL in a body field", operation.uri(),
                        replaced(body, pointer, NODES.textNode(NUL))));
                if ("uuid".equals(schema.path("format").asText()) || name.endsWith("Id")) {
                    NOT_IDS.forEach(value -> probes.add(operation.probe("not an id in a body field", operation.uri(),
                            replaced(body, pointer, NODES.textNode(value)))));
                }
            } else if ("number".equals(type) || "integer".equals(type)) {
                HUGE_NUMBERS.forEach(value -> probes.add(operation.probe("huge number in a body field",
                        operation.uri(), replacedRaw(body, pointer, value))));
            }
        });
    }

    /** One operation, with sample values for its parameters and body that individual probes replace. */
    public final class Operation {

        private final String method;
        private final String path;
        private final JsonNode operation;
        private final List<JsonNode> parameters;
        private final Map<String, String> pathValues = new LinkedHashMap<>();
        private final Map<String, String> queryValues = new LinkedHashMap<>();

        Operation(String method, String path, JsonNode operation, List<JsonNode> parameters) {
            this.method = method;
            this.path = path;
            this.operation = operation;
            this.parameters = parameters;
            for (JsonNode parameter : parameters) {
                String name = parameter.path("name").asText();
                if ("path".equals(parameter.path("in").asText())) {
                    pathValues.put(name, UUID.randomUUID().toString());
                } else if ("query".equals(parameter.path("in").asText()) && parameter.path("required").asBoolean()) {
                    queryValues.put(name, sample(resolve(parameter.path("schema")), name).asText());
                }
            }
        }

        public String method() {
            return method;
        }

        public String path() {
            return path;
        }

        /** The path with sample values for its parameters and the required query parameters. */
        public String uri() {
            return uri(pathValues, queryValues);
        }

        /** The schema of the rows of a list this operation answers, or null when it answers no list. */
        public JsonNode rowSchema() {
            JsonNode ok = operation.path("responses").path("200").path("content");
            JsonNode content = ok.fields().hasNext() ? ok.fields().next().getValue() : null;
            return content == null ? null : HostileInputCorpus.this.rowSchema(resolve(content.path("schema")));
        }

        /** The CSV columns its rows mean: their properties, a nested object's as {@code outer.inner}. */
        public void columns(JsonNode rows, Set<String> columns) {
            HostileInputCorpus.this.columns(rows, "", columns);
        }

        Probe probe(String category, String uri, JsonNode body) {
            return new Probe(category, method, uri, body == null ? body() : body);
        }

        String query(String name, String value) {
            Map<String, String> query = new LinkedHashMap<>(queryValues);
            query.put(name, value);
            return uri(pathValues, query);
        }

        String path(String name, String value) {
            Map<String, String> values = new LinkedHashMap<>(pathValues);
            values.put(name, value);
            return uri(values, queryValues);
        }

        JsonNode bodySchema() {
            JsonNode content = operation.path("requestBody").path("content");
            return content.has("application/json") ? resolve(content.path("application/json").path("schema")) : null;
        }

        JsonNode body() {
            JsonNode schema = bodySchema();
            return schema == null ? null : sample(schema, "");
        }

        private String uri(Map<String, String> pathValues, Map<String, String> queryValues) {
            String uri = path;
            for (Map.Entry<String, String> value : pathValues.entrySet()) {
                uri = uri.replace("{" + value.getKey() + "}", encode(value.getValue()));
            }
            String query = queryValues.entrySet().stream()
                    .map(value -> encode(value.getKey()) + "=" + encode(value.getValue()))
                    .collect(Collectors.joining("&"));
            return query.isEmpty() ? uri : uri + "?" + query;
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private JsonNode resolve(JsonNode schema) {
        JsonNode resolved = schema;
        while (resolved.has("$ref")) {
            String ref = resolved.path("$ref").asText();
            resolved = document.at(ref.substring(1));
        }
        if (resolved.has("allOf") && resolved.path("allOf").size() == 1) {
            return resolve(resolved.path("allOf").get(0));
        }
        return resolved;
    }

    /** A plausible value of {@code schema}: enough to reach the code that reads the field under probe. */
    private JsonNode sample(JsonNode schema, String name) {
        JsonNode resolved = resolve(schema);
        if (resolved.has("example")) {
            return resolved.path("example");
        }
        if (resolved.has("enum")) {
            return resolved.path("enum").get(0);
        }
        String format = resolved.path("format").asText();
        return switch (resolved.path("type").asText(resolved.has("properties") ? "object" : "string")) {
            case "object" -> {
                ObjectNode object = NODES.objectNode();
                resolved.path("properties").fields().forEachRemaining(property -> object.set(property.getKey(),
                        sample(property.getValue(), property.getKey())));
                yield object;
            }
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                array.add(sample(resolved.path("items"), name));
                yield array;
            }
            case "integer" -> NODES.numberNode(1);
            case "number" -> NODES.numberNode(100);
            case "boolean" -> NODES.booleanNode(true);
            default -> NODES.textNode(switch (format) {
                case "uuid" -> UUID.randomUUID().toString();
                case "date" -> "2027-03-01";
                case "date-time" -> "2027-03-01T00:00:00Z";
                case "email" -> "rep@example.com";
                default -> name.equals("period") ? "2027-03" : name.endsWith("Id") ? UUID.randomUUID().toString()
                        : name.equals("asOf") ? "2027-03-01" : "sample";
            });
        };
    }

    /** Every leaf field of a body schema, by JSON pointer (a list's first element as {@code /0}). */
    private void forEachField(JsonNode schema, String pointer, BiConsumer<String, JsonNode> leaf) {
        JsonNode resolved = resolve(schema);
        if (resolved.has("properties")) {
            resolved.path("properties").fields().forEachRemaining(property ->
                    forEachField(property.getValue(), pointer + "/" + property.getKey(), leaf));
        } else if ("array".equals(resolved.path("type").asText())) {
            forEachField(resolved.path("items"), pointer + "/0", leaf);
        } else if (!pointer.isEmpty()) {
            leaf.accept(pointer, resolved);
        }
    }

    private static boolean isTemporal(JsonNode schema, String name) {
        String format = schema.path("format").asText();
        return format.equals("date") || format.equals("date-time") || name.equals("asOf");
    }

    private static List<String> temporals(JsonNode schema, String name) {
        if (schema.path("format").asText().equals("date")) {
            return EXTREME_DATES;
        }
        List<String> values = new ArrayList<>(EXTREME_INSTANTS);
        if (name.equals("asOf")) {
            values.addAll(EXTREME_DATES);
        }
        return values;
    }

    private static JsonNode replaced(JsonNode body, String pointer, JsonNode value) {
        JsonNode copy = body.deepCopy();
        int slash = pointer.lastIndexOf('/');
        JsonNode parent = copy.at(pointer.substring(0, slash));
        String last = pointer.substring(slash + 1);
        if (parent instanceof ObjectNode object) {
            object.set(last, value);
        } else if (parent instanceof ArrayNode array) {
            array.set(Integer.parseInt(last), value);
        }
        return copy;
    }

    /** A body with a number written as is (beyond what a double holds), as a client may send it. */
    private static JsonNode replacedRaw(JsonNode body, String pointer, String number) {
        try {
            return replaced(body, pointer, EXACT.readTree(number));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The schema of a list's rows: a page's {@code items}, or a bare list's elements; null for anything else. */
    private JsonNode rowSchema(JsonNode response) {
        JsonNode list = response.path("properties").has("items") && response.path("properties").has("totalItems")
                ? resolve(response.path("properties").path("items")) : response;
        if (!"array".equals(list.path("type").asText())) {
            return null;
        }
        JsonNode rows = resolve(list.path("items"));
        return rows.has("properties") ? rows : null;
    }

    private void columns(JsonNode schema, String prefix, Set<String> columns) {
        resolve(schema).path("properties").fields().forEachRemaining(property -> {
            JsonNode value = resolve(property.getValue());
            if (value.has("properties")) {
                columns(value, prefix + property.getKey() + ".", columns);
            } else {
                columns.add(prefix + property.getKey());
            }
        });
    }
}
