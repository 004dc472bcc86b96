package com.salesplatform.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.salesplatform.systemtests.deployment.RepositoryFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A consumer in a second language reads the topics as a company system would: the example in
 * {@code examples/event-consumer-node} (Node.js, kafkajs, Ajv) replays every {@code sales.<context>.events} topic
 * of the running platform from the beginning and checks each record, envelope and data, against the published
 * JSON Schemas — so money and dates validate outside Java too — and each record's CloudEvents headers against its
 * envelope. It also checks every example of the contracts.
 */
@ExtendWith(RunningPlatform.class)
class EventConsumersIT {

    private static final Path EXAMPLE = RepositoryFiles.root().resolve("examples/event-consumer-node");
    private static final Path WORK = Path.of("target", "event-consumer-node").toAbsolutePath();
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void installTheExample() throws Exception {
        Files.createDirectories(WORK);
        try (Stream<Path> files = Files.list(EXAMPLE)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.copy(file, WORK.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Run install = run(Map.of(), "npm", "install", "--no-package-lock", "--no-audit", "--no-fund");
        assertThat(install.exitCode()).as("npm install of the example (needs Node.js and npm): %s", install)
                .isZero();
    }

    @Test
    void everyExampleOfTheContractsValidatesInJavaScript() {
        JsonNode summary = consume(Map.of("EXAMPLES_ONLY", "true"));

        assertThat(summary.path("examples").asInt()).isEqualTo(summary.path("schemas").asInt()).isPositive();
        assertThat(summary.path("broken")).as("examples that break their schema").isEmpty();
    }

    @Test
    void aNodeConsumerReplaysEveryTopicAndEveryRecordKeepsItsContract(Gateway gateway) {
        String token = gateway.token("manager", "manager");
        Map<String, Object> target = WalkingSliceIT.teamTarget("consumer " + UUID.randomUUID());
        target.put("id", UUID.randomUUID().toString());
        // the client chose the id: a retry after a timeout finds the first attempt's target (409 already-exists)
        await("the target set").atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofSeconds(2))
                .until(() -> gateway.post("/api/targets", target, token).status(), status -> status == 201
                        || status == 409);

        JsonNode summary = await("the new target's event on the topic").atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofSeconds(2))
                .until(() -> consume(Map.of()), read -> read.path("types").has("TargetSet")
                        || read.path("broken").size() > 0);

        assertThat(summary.path("broken")).as("records that break the contracts").isEmpty();
        assertThat(summary.path("records").asInt()).isPositive();
        assertThat(summary.path("cloudEvents").asInt()).as("records that are CloudEvents in binary mode, their "
                + "ce_* headers checked against the envelope (all but those published before ADR 0018)").isPositive();
    }

    private static JsonNode consume(Map<String, String> environment) {
        Run consumer = run(environment, "node", "consume.mjs");
        try {
            return JSON.readTree(consumer.output().substring(Math.max(0, consumer.output().indexOf('{'))));
        } catch (IOException e) {
            throw new AssertionError("the consumer printed no summary: " + consumer, e);
        }
    }

    private static Run run(Map<String, String> environment, String... command) {
        try {
            Path log = Files.createTempFile(WORK, "run", ".log");
            ProcessBuilder builder = new ProcessBuilder(command).directory(WORK.toFile())
                    .redirectErrorStream(false).redirectOutput(log.toFile())
                    .redirectError(ProcessBuilder.Redirect.appendTo(WORK.resolve("stderr.log").toFile()));
            builder.environment().put("CONTRACTS_DIR", RepositoryFiles.root().resolve("contracts/events").toString());
            builder.environment().putIfAbsent("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9092");
            builder.environment().putAll(environment);
            Process process = builder.start();
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError(List.of(command) + " did not finish in 5 minutes");
            }
            return new Run(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private record Run(int exitCode, String output) {
    }
}
