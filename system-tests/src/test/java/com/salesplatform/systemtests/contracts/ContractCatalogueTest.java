package com.salesplatform.systemtests.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The published language is complete and consistent: every event schema is valid draft 2020-12, closed to unknown
 * fields, has an example that it accepts, and is listed in the AsyncAPI document of the topics.
 */
class ContractCatalogueTest {

    private static final Path EVENTS = Path.of("..", "contracts", "events");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    static List<Path> schemas() throws IOException {
        try (Stream<Path> files = Files.walk(EVENTS)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".schema.json"))
                    .filter(file -> !file.getFileName().toString().equals("envelope.schema.json"))
                    .sorted().toList();
        }
    }

    @ParameterizedTest
    @MethodSource("schemas")
    void eachEventHasAClosedSchemaAnExampleItAcceptsAndAnAsyncApiEntry(Path schemaFile) throws IOException {
        JsonNode schemaJson = JSON.readTree(schemaFile.toFile());
        assertThat(schemaJson.path("$schema").asText()).contains("2020-12");
        assertThat(schemaJson.path("additionalProperties").isBoolean()
                && !schemaJson.path("additionalProperties").asBoolean())
                .as("%s must reject unknown fields", schemaFile).isTrue();

        Path example = schemaFile.resolveSibling(schemaFile.getFileName().toString()
                .replace(".schema.json", ".example.json"));
        assertThat(example).as("example of " + schemaFile).exists();
        var problems = SCHEMAS.getSchema(schemaJson).validate(JSON.readTree(example.toFile()));
        assertThat(problems).as("%s against its schema", example).isEmpty();

        String relative = EVENTS.getParent().relativize(schemaFile).toString().replace('\\', '/');
        assertThat(Files.readString(Path.of("..", "contracts", "asyncapi.yaml")))
                .as("asyncapi.yaml has a message whose data is " + relative).contains("$ref: '" + relative + "'");
    }
}
