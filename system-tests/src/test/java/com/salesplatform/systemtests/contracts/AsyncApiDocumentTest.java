package com.salesplatform.systemtests.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.salesplatform.systemtests.deployment.RepositoryFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@code contracts/asyncapi.yaml} as an AsyncAPI tool reads it: the AsyncAPI parser ({@code @asyncapi/parser} from
 * the npm registry, run by Node.js from {@code src/test/node/asyncapi-parser}) parses it with every reference
 * resolved — the envelope and each message's data schema — and reports no error; and every event schema of the
 * catalogue is the data of one message.
 */
class AsyncApiDocumentTest {

    private static final Path TOOL = Path.of("src", "test", "node", "asyncapi-parser").toAbsolutePath();
    private static final Path WORK = Path.of("target", "asyncapi-parser").toAbsolutePath();
    private static final Path DOCUMENT = RepositoryFiles.root().resolve("contracts/asyncapi.yaml");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theAsyncApiParserReadsTheDocumentWithoutAnErrorAndEveryEventIsAMessage() throws Exception {
        install();
        Path output = WORK.resolve("parse.json");
        Process parse = new ProcessBuilder("node", "parse.mjs", DOCUMENT.toString()).directory(WORK.toFile())
                .redirectOutput(output.toFile())
                .redirectError(WORK.resolve("parse.log").toFile())
                .start();
        assertThat(parse.waitFor(3, TimeUnit.MINUTES)).as("the parser finished").isTrue();
        String printed = Files.readString(output, StandardCharsets.UTF_8);
        assertThat(printed).as("the parser's summary (its log: %s)", WORK.resolve("parse.log")).contains("{");
        JsonNode summary = JSON.readTree(printed.substring(printed.indexOf('{')));

        List<String> errors = new ArrayList<>();
        summary.path("diagnostics").forEach(diagnostic -> {
            if ("error".equals(diagnostic.path("severity").asText())) {
                errors.add(diagnostic.path("code").asText() + ": " + diagnostic.path("message").asText() + " at "
                        + diagnostic.path("path").asText());
            }
        });
        assertThat(errors).as("errors of the AsyncAPI parser").isEmpty();
        assertThat(summary.path("parsed").asBoolean()).as(summary.toString()).isTrue();
        assertThat(summary.path("messages").asInt()).as("one message per event schema").isEqualTo(eventSchemas());
        assertThat(summary.path("messagesWithData").asInt()).as("messages whose data schema was resolved")
                .isEqualTo(eventSchemas());
    }

    /** The parser pinned in the tool's package.json, installed from the npm registry into target/. */
    private static void install() throws Exception {
        Files.createDirectories(WORK);
        for (String file : List.of("package.json", "parse.mjs")) {
            Files.copy(TOOL.resolve(file), WORK.resolve(file), StandardCopyOption.REPLACE_EXISTING);
        }
        Process install = new ProcessBuilder("npm", "install", "--no-package-lock", "--no-audit", "--no-fund")
                .directory(WORK.toFile())
                .redirectErrorStream(true)
                .redirectOutput(WORK.resolve("npm-install.log").toFile())
                .start();
        assertThat(install.waitFor(5, TimeUnit.MINUTES)).as("npm install finished (needs Node.js and npm)").isTrue();
        assertThat(install.exitValue()).as("npm install of the AsyncAPI parser (log: %s)",
                WORK.resolve("npm-install.log")).isZero();
    }

    private static long eventSchemas() throws IOException {
        try (Stream<Path> files = Files.walk(RepositoryFiles.root().resolve("contracts/events"))) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".schema.json") && !name.equals("envelope.schema.json"))
                    .count();
        }
    }
}
