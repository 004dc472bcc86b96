package com.salesplatform.platformtest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The published language in {@code contracts/} (on the test classpath as {@code contracts/...}): producers check
 * what they publish against it, consumers parse its examples.
 */
public final class Contracts {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

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

    /** A whole envelope around the contract's example, as the producing service would publish it. */
    public static String exampleEnvelope(String context, String type, int version, String eventId, String aggregateId) {
        var envelope = JSON.createObjectNode()
                .put("eventId", eventId)
                .put("type", type)
                .put("version", version)
                .put("occurredAt", "2027-01-05T09:30:00Z")
                .put("aggregateType", type)
                .put("aggregateId", aggregateId)
                .put("sequence", 0)
                .put("source", context + "-service");
        envelope.set("data", example(context, type, version));
        return envelope.toString();
    }

    public static void assertValid(String schemaPath, JsonNode json) {
        JsonSchema schema = SCHEMAS.getSchema(read(schemaPath));
        Set<ValidationMessage> problems = schema.validate(json);
        if (!problems.isEmpty()) {
            throw new AssertionError(schemaPath + " rejects " + json + ":\n  " + problems.stream()
                    .map(ValidationMessage::getMessage).collect(Collectors.joining("\n  ")));
        }
    }

    public static String schemaPath(String context, String type, int version) {
        return "contracts/events/%s/%s.v%d.schema.json".formatted(context, type, version);
    }

    private static JsonNode read(String path) {
        try (InputStream in = Contracts.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new AssertionError("No contract at " + path);
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new AssertionError("Unreadable contract " + path, e);
        }
    }
}
