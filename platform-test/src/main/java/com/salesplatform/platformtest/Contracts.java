package com.salesplatform.platformtest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The published language in {@code contracts/} (on the test classpath as {@code contracts/...}): producers check
 * what they publish against it, consumers parse its examples.
 */
public final class Contracts {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final Map<String, JsonSchema> COMPILED = new ConcurrentHashMap<>();

    private Contracts() {
    }

    /** Fails unless the envelope and its {@code data} match the envelope schema and the event's own schema. */
    public static void assertConforms(String context, JsonNode envelope) {
        assertValid("contracts/events/envelope.schema.json", envelope);
        String type = envelope.path("type").asText();
        int version = envelope.path("version").asInt();
        assertValid(schemaPath(context, type, version), envelope.path("data"));
    }

    /** The example payload (the envelope's {@code data}) of an event type and version. */
    public static JsonNode example(String context, String type, int version) {
        return read("contracts/events/%s/%s.v%d.example.json".formatted(context, type, version));
    }

    /** The JSON Schema of an event type and version. */
    public static JsonNode schema(String context, String type, int version) {
        return read(schemaPath(context, type, version));
    }

    /** A copy of the contract's example payload, to adjust for a test. */
    public static ObjectNode exampleData(String context, String type, int version) {
        return example(context, type, version).deepCopy();
    }

    /** An envelope as the producing service would publish it, around {@code data}. */
    public static String envelope(String context, String type, int version, String eventId, String aggregateId,
                                  JsonNode data) {
        return envelope(context, type, version, eventId, aggregateId, data, Instant.now());
    }

    /** The same, as if the event had happened at {@code occurredAt}. */
    public static String envelope(String context, String type, int version, String eventId, String aggregateId,
                                  JsonNode data, Instant occurredAt) {
        return envelope(context, type, version, eventId, aggregateId, 0, data, occurredAt);
    }

    /** The same, as the {@code sequence}-th event of its aggregate's stream. */
    public static String envelope(String context, String type, int version, String eventId, String aggregateId,
                                  long sequence, JsonNode data, Instant occurredAt) {
        ObjectNode envelope = JSON.createObjectNode()
                .put("eventId", eventId)
                .put("type", type)
                .put("version", version)
                .put("occurredAt", occurredAt.toString())
                .put("aggregateType", type)
                .put("aggregateId", aggregateId)
                .put("sequence", sequence)
                .put("source", context + "-service");
        envelope.set("data", data);
        assertValid("contracts/events/envelope.schema.json", envelope);
        assertValid(schemaPath(context, type, version), data);
        return envelope.toString();
    }

    public static void assertValid(String schemaPath, JsonNode json) {
        JsonSchema schema = COMPILED.computeIfAbsent(schemaPath, path -> SCHEMAS.getSchema(read(path)));
        Set<ValidationMessage> problems = schema.validate(json);
        if (!problems.isEmpty()) {
            throw new AssertionError(schemaPath + " rejects " + json + ":\n  " + problems.stream()
                    .map(ValidationMessage::getMessage).collect(Collectors.joining("\n  ")));
        }
    }

    public static String schemaPath(String context, String type, int version) {
        return "contracts/events/%s/%s.v%d.schema.json".formatted(context, type, version);
    }

    /**
     * Reads from the repository's {@code contracts/} folder when the test runs inside the repository (always the
     * current version, even before the contracts jar is rebuilt), else from the contracts jar on the classpath.
     */
    private static JsonNode read(String path) {
        Path inRepository = Path.of("..").resolve(path);
        try (InputStream in = Files.isRegularFile(inRepository) ? Files.newInputStream(inRepository)
                : Contracts.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new AssertionError("No contract at " + path);
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new AssertionError("Unreadable contract " + path, e);
        }
    }
}
