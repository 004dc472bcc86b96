package com.salesplatform.systemtests.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.salesplatform.systemtests.Gateway;
import com.salesplatform.systemtests.Gateway.Response;
import com.salesplatform.systemtests.PlatformControl;
import com.salesplatform.systemtests.RunningPlatform;
import com.salesplatform.systemtests.faults.Ledger.Kind;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Faults under a steady mixed load (docs/reliability.md): while {@link MixedLoad}'s writers keep writing through
 * the gateway, each scenario breaks something and repairs it; afterwards every acknowledged write must be in its
 * owning service and exactly once in the read models, nothing refused may be stored, and every write of unknown
 * outcome must have been resolved by a retry with its {@code Idempotency-Key}. The short version (the README's
 * test command) kills one service and the gateway; {@code -Pfaults} ({@code sales.faults.long=true}) kills every
 * service in turn, keeps Kafka down for a minute and resets reporting-service's consumer groups. Only against a
 * platform these tests started.
 */
@ExtendWith(RunningPlatform.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultSuiteIT {

    private static final boolean LONG = Boolean.getBoolean("sales.faults.long");
    private static final int WRITERS = 3;
    private static final Duration TICK = Duration.ofMillis(200);
    private static final Duration BACK = Duration.ofMinutes(4);
    private static final List<String> SERVICES = List.of("targets-service", "customer-service", "orders-service",
            "performance-service", "training-service", "reporting-service");
    private static final Map<String, List<Kind>> WRITES_OF = Map.of("targets-service", List.of(Kind.TARGET),
            "customer-service", List.of(Kind.LEAD), "orders-service", List.of(Kind.ORDER, Kind.PAYMENT),
            "gateway", List.of(Kind.values()));
    private static final String REPORTING_GROUPS = "reporting-service.";

    private Gateway gateway;
    private PlatformControl platform;
    private final FaultRun run = new FaultRun();
    private final Ledger ledger = new Ledger();
    private final Results results = new Results(WRITERS + " writers, one write each per " + TICK.toMillis() + " ms");
    private MixedLoad load;
    private Verification verification;
    private Broker broker;

    @BeforeAll
    void startTheLoad(Gateway gateway, PlatformControl platform) {
        assumeTrue(platform.startedByTheseTests(), "the platform under test was started by somebody else");
        this.gateway = gateway;
        this.platform = platform;
        run.prepare(gateway, ledger);
        verification = new Verification(gateway, run, ledger);
        broker = new Broker();
        Ledger.Counts before = ledger.counts();
        long started = System.nanoTime();
        load = new MixedLoad(gateway, run, ledger, WRITERS, TICK);
        await("the steady load writes").atMost(BACK).until(() -> Arrays.stream(Kind.values())
                .allMatch(kind -> ledger.acknowledgedSince(kind, started) > 0));
        settleAndVerify("no fault (the load alone)", before, started, started);
    }

    @AfterAll
    void stopTheLoad() throws InterruptedException {
        if (load != null) {
            load.close();
            results.write();
        }
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    @Order(1)
    void aServiceKilledWithSigkillAndRestarted() {
        for (String service : LONG ? SERVICES : List.of("orders-service")) {
            scenario("kill -9 " + service + ", restarted", WRITES_OF.getOrDefault(service, List.of()), () -> {
                platform.kill(service);
                platform.start(service);
            });
        }
    }

    @Test
    @Order(2)
    void theGatewayKilledWithSigkillAndRestarted() {
        scenario("kill -9 gateway, restarted", WRITES_OF.get("gateway"), () -> {
            platform.kill("gateway");
            platform.start("gateway");
        });
    }

    @Test
    @Order(3)
    void kafkaStoppedThenStartedWhileCommandsKeepAnswering() {
        Duration outage = LONG ? Duration.ofSeconds(60) : Duration.ofSeconds(10);
        AtomicReference<Ledger.Counts> duringOutage = new AtomicReference<>();
        scenario("Kafka stopped " + outage.toSeconds() + " s, then started", List.of(Kind.values()), () -> {
            platform.stop("kafka");
            Ledger.Counts before = ledger.counts();
            long stopped = System.nanoTime();
            await("writes acknowledged while Kafka is down").atMost(outage.plusMinutes(1))
                    .until(() -> System.nanoTime() - stopped >= outage.toNanos()
                            && ledger.counts().minus(before).acknowledged() >= 20);
            duringOutage.set(ledger.counts().minus(before));
            platform.start("kafka");
        });
        assertThat(duringOutage.get().refused() + duringOutage.get().unknown()
                + duringOutage.get().otherServerErrors() + duringOutage.get().otherRejections())
                .as("answers other than 2xx while Kafka was down: %s", duringOutage.get()).isZero();
    }

    @Test
    @Order(4)
    void reportingsConsumerGroupsResetToTheBeginning() {
        // a minute and more (reporting-service restarts, then reads every topic again): the long version only
        assumeTrue(LONG, "the long fault suite only (-Pfaults)");
        AtomicReference<List<String>> groups = new AtomicReference<>();
        scenario("reporting-service's consumer groups reset to the beginning (everything redelivered)", List.of(),
                () -> {
                    // Kafka resets the offsets of a group without members only
                    platform.stop("reporting-service");
                    groups.set(broker.groups(REPORTING_GROUPS));
                    broker.resetToBeginning(groups.get());
                    assertThat(broker.lag(groups.get())).as("records to redeliver").isPositive();
                    platform.start("reporting-service");
                    await("reporting-service has read everything again").atMost(BACK)
                            .until(() -> broker.lag(groups.get()), lag -> lag == 0);
                });
        assertThat(groups.get()).as("reporting-service's consumer groups").isNotEmpty();
    }

    @Test
    @Order(5)
    void aPoisonRecordIsDeadLetteredAndTheConsumersGoOn() {
        String topic = "sales.targets.events";
        long before = deadLettered(topic);
        scenario("a poison record on " + topic, List.of(Kind.TARGET), () -> {
            broker.publishPoison(topic);
            await("the poison record dead-lettered").atMost(BACK).until(() -> deadLettered(topic) > before);
        });
    }

    @Test
    @Order(6)
    void aReadModelRebuildUnderLoad() {
        String admin = gateway.token("admin", "admin");
        AtomicInteger reads = new AtomicInteger();
        scenario("read-model rebuild under load", List.of(), () -> {
            Response started = gateway.post("/api/admin/projections/rebuild", Map.of(), admin);
            assertThat(started.status()).as("%s", started).isEqualTo(202);
            String generation = URI.create(started.header("Location").orElseThrow()).getPath();
            await("the new generation active").atMost(BACK).pollInterval(Duration.ofMillis(500)).until(() -> {
                Response report = gateway.get("/api/reports/target-attainment?period=" + run.period, admin);
                assertThat(report.status()).as("the old generation answers: %s", report).isEqualTo(200);
                reads.incrementAndGet();
                return gateway.get(generation, gateway.token("admin", "admin")).json().path("state").asText();
            }, "ACTIVE"::equals);
        });
        assertThat(reads.get()).as("reports read while the rebuild ran").isPositive();
    }

    /** Runs the fault, waits for the writes it stopped to be acknowledged again, then verifies everything. */
    private void scenario(String name, List<Kind> affected, Runnable fault) {
        Ledger.Counts before = ledger.counts();
        long injected = System.nanoTime();
        fault.run();
        long repaired = System.nanoTime();
        await(name + ": writes acknowledged again").atMost(BACK)
                .until(() -> affected.stream().allMatch(kind -> ledger.acknowledgedSince(kind, repaired) > 0));
        settleAndVerify(name, before, injected, System.nanoTime());
    }

    private void settleAndVerify(String name, Ledger.Counts before, long injected, long writesBack) {
        load.pause();
        try {
            await(name + ": every write of unknown outcome resolved").atMost(BACK).until(load::settled);
            AtomicReference<Verification.Verdict> verdict = new AtomicReference<>();
            try {
                await(name + ": every acknowledged write where it belongs").atMost(BACK)
                        .pollInterval(Duration.ofSeconds(1)).ignoreExceptions()
                        .until(() -> {
                            verdict.set(verification.check());
                            return verdict.get().clean();
                        });
            } catch (ConditionTimeoutException timeout) {
                // reported below with what is missing or doubled
            }
            Ledger.Counts counts = ledger.counts().minus(before);
            results.add(name, counts, verdict.get() == null ? verification.check() : verdict.get(),
                    seconds(injected, writesBack), seconds(injected, System.nanoTime()));
            assertThat(verdict.get()).as(name).isNotNull();
            assertThat(verdict.get().problems()).as(name + ": " + verdict.get()).isEmpty();
            assertThat(counts.otherServerErrors() + counts.otherRejections())
                    .as(name + ": answers other than 2xx, 503 and unknown outcomes: " + ledger.otherAnswers())
                    .isZero();
        } finally {
            load.resume();
        }
    }

    /** reporting-service's count of dead-lettered records of the topic (its actuator, on its port + 1000). */
    private static long deadLettered(String topic) {
        try {
            HttpResponse<String> metrics = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:9086/actuator/prometheus")).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return Math.round(metrics.body().lines()
                    .filter(line -> line.startsWith("sales_inbox_dead_lettered_total{")
                            && line.contains("topic=\"" + topic + "\""))
                    .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum());
        } catch (IOException e) {
            throw new IllegalStateException("reporting-service's metrics", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static double seconds(long from, long to) {
        return (to - from) / 1e9;
    }
}
