package com.salesplatform.benchmarks;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.nothingFor;
import static io.gatling.javaapi.core.CoreDsl.percent;
import static io.gatling.javaapi.core.CoreDsl.randomSwitch;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.uniformRandomSwitch;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The platform under load through the gateway (docs/performance.md). {@code -Dbench.scenario} picks one phase, or
 * {@code all} runs them one after the other:
 * <ul>
 *   <li>{@code commands-sequential}: one client, {@code POST /api/targets} back to back;</li>
 *   <li>{@code commands-concurrent}: {@code bench.concurrency} (8) clients doing the same for a phase;</li>
 *   <li>{@code read-your-write}: POST a target, then poll the reporting attainment read model until it lists it;</li>
 *   <li>{@code mixed-rep}: a sales team's traffic, nine reads by a rep for each target a manager sets;</li>
 *   <li>{@code gateway-latency}: the same {@code GET /api/targets/{id}} through the gateway and straight to
 *       targets-service, quiet and then next to the concurrent command load.</li>
 * </ul>
 */
public class PlatformSimulation extends Simulation {

    static final String SEQUENTIAL = "commands-sequential";
    static final String CONCURRENT = "commands-concurrent";
    static final String READ_YOUR_WRITE = "read-your-write";
    static final String MIXED = "mixed-rep";
    static final String GATEWAY_LATENCY = "gateway-latency";
    private static final Duration VISIBILITY_TIMEOUT = Duration.ofSeconds(15);

    private final BenchmarkSettings settings = BenchmarkSettings.fromSystemProperties();
    private final String managerToken = DemoUsers.token(settings.gatewayUrl(), "manager");
    private final String repToken = settings.runs(MIXED) ? DemoUsers.token(settings.gatewayUrl(), "rep1") : "";
    private final LagRecorder lags = new LagRecorder();
    private final ProcessCpu cpu = new ProcessCpu(settings.pidDirectory(), settings.clockTicksPerSecond());
    private final AtomicLong concurrentCommands = new AtomicLong();
    private Map<String, Double> cpuBefore = Map.of();
    private long startedNanos;

    {
        HttpProtocolBuilder gateway = http.baseUrl(settings.gatewayUrl())
                .acceptHeader("application/json")
                .contentTypeHeader("application/json");
        List<PopulationBuilder> phases = new ArrayList<>();
        if (settings.runs(SEQUENTIAL)) {
            phases.add(commandsSequential().injectOpen(atOnceUsers(1)));
        }
        if (settings.runs(CONCURRENT)) {
            phases.add(commandsConcurrent(CONCURRENT, "POST /api/targets " + settings.concurrency() + " concurrent")
                    .injectOpen(atOnceUsers(settings.concurrency())));
        }
        if (settings.runs(READ_YOUR_WRITE)) {
            phases.add(readYourWrite().injectOpen(atOnceUsers(1)));
        }
        if (settings.runs(MIXED)) {
            phases.add(mixedRepTraffic().injectOpen(atOnceUsers(settings.concurrency())));
        }
        if (settings.runs(GATEWAY_LATENCY)) {
            phases.add(gatewayLatency("quiet").injectOpen(atOnceUsers(1))
                    .andThen(gatewayLatency("under load").injectOpen(nothingFor(Duration.ofSeconds(1)), atOnceUsers(1)),
                            commandsConcurrent("gateway-latency background commands",
                                    "POST /api/targets next to gateway-latency")
                                    .injectOpen(atOnceUsers(settings.concurrency()))));
        }
        setUp(oneAfterTheOther(phases)).protocols(gateway).assertions(global().failedRequests().count().is(0L));
    }

    /** Gatling's populations are immutable: the chain is built from its end. */
    private static PopulationBuilder oneAfterTheOther(List<PopulationBuilder> phases) {
        PopulationBuilder chain = phases.get(phases.size() - 1);
        for (int i = phases.size() - 2; i >= 0; i--) {
            chain = phases.get(i).andThen(chain);
        }
        return chain;
    }

    @Override
    public void before() {
        cpuBefore = cpu.available() ? cpu.sample() : Map.of();
        startedNanos = System.nanoTime();
    }

    @Override
    public void after() {
        if (settings.runs(READ_YOUR_WRITE)) {
            write(READ_YOUR_WRITE + ".json", lags.toJson());
        }
        if (settings.scenario().equals(CONCURRENT) && cpu.available()) {
            write(CONCURRENT + "-cpu.json", ProcessCpu.perCommand(cpuBefore, cpu.sample(), concurrentCommands.get(),
                    (System.nanoTime() - startedNanos) / 1e9));
        }
    }

    private void write(String fileName, String content) {
        try {
            Files.createDirectories(settings.outputDirectory());
            Files.writeString(settings.outputDirectory().resolve(fileName), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ScenarioBuilder commandsSequential() {
        return scenario(SEQUENTIAL).repeat(settings.sequentialCommands())
                .on(exec(newPeriod()).exec(setTarget("POST /api/targets sequential")));
    }

    private ScenarioBuilder commandsConcurrent(String name, String requestName) {
        return scenario(name).during(settings.phase()).on(exec(newPeriod()).exec(setTarget(requestName))
                .exec(session -> {
                    if (session.contains("targetId")) {
                        concurrentCommands.incrementAndGet(); // a failed POST saves no id
                    }
                    return session.remove("targetId");
                }));
    }

    private ScenarioBuilder readYourWrite() {
        long timeoutNanos = VISIBILITY_TIMEOUT.toNanos();
        return scenario(READ_YOUR_WRITE).repeat(settings.lagSamples()).on(
                exec(newPeriod())
                        .exec(session -> session.remove("targetId").set("sent", System.nanoTime()))
                        .exec(setTarget("POST /api/targets read-your-write"))
                        .exec(session -> session.set("acknowledged", System.nanoTime()).set("visible", false))
                        .asLongAs(session -> !session.getBoolean("visible")
                                && System.nanoTime() - session.getLong("sent") < timeoutNanos)
                        .on(exec(http("GET attainment until visible")
                                .get("/api/reports/target-attainment?period=#{period}&size=100")
                                .header("Authorization", "Bearer " + managerToken)
                                .check(status().is(200), bodyString().saveAs("attainment")))
                                .exec(this::recordIfVisible)
                                .pause(Duration.ofMillis(2)))
                        .exec(session -> {
                            if (!session.getBoolean("visible")) {
                                lags.recordNotVisible();
                            }
                            return session;
                        })
                        // a random think time, so that the samples do not fall into step with a polling loop
                        .pause(Duration.ZERO, Duration.ofMillis(500)));
    }

    private Session recordIfVisible(Session session) {
        String targetId = session.getString("targetId");
        if (targetId == null) {
            return session.set("visible", true); // the command failed (a KO in the report): nothing to wait for
        }
        if (!session.getString("attainment").contains(targetId)) {
            return session;
        }
        lags.record(session.getLong("sent"), session.getLong("acknowledged"), System.nanoTime());
        return session.set("visible", true);
    }

    private ScenarioBuilder mixedRepTraffic() {
        ChainBuilder repReads = uniformRandomSwitch().on(
                exec(http("mixed: GET /api/targets (rep)").get("/api/targets?period=2027&page=0&size=20")
                        .header("Authorization", "Bearer " + repToken).check(status().is(200))),
                exec(http("mixed: GET target-attainment (rep)").get("/api/reports/target-attainment?period=2027&size=20")
                        .header("Authorization", "Bearer " + repToken).check(status().is(200))),
                exec(http("mixed: GET leaderboard (rep)").get("/api/reports/leaderboard?period=2027")
                        .header("Authorization", "Bearer " + repToken).check(status().is(200))));
        return scenario(MIXED).during(settings.phase()).on(
                randomSwitch().on(
                        percent(90.0).then(repReads),
                        percent(10.0).then(exec(newPeriod()).exec(setTarget("mixed: POST /api/targets (manager)")))));
    }

    /** Quiet: a fixed number of pairs alone; under load: pairs for a phase next to the concurrent commands. */
    private ScenarioBuilder gatewayLatency(String label) {
        ScenarioBuilder setup = scenario("gateway-latency " + label)
                .exec(newPeriod()).exec(setTarget("gateway-latency: setup target " + label));
        return label.equals("quiet")
                ? setup.repeat(settings.smoke() ? 5 : 200).on(sameGetTwice(label))
                : setup.during(settings.phase()).on(sameGetTwice(label));
    }

    private ChainBuilder sameGetTwice(String label) {
        return exec(http("GET /api/targets/{id} through gateway " + label).get("/api/targets/#{targetId}")
                .header("Authorization", "Bearer " + managerToken).check(status().is(200)))
                .exec(http("GET /api/targets/{id} direct " + label)
                        .get(settings.targetsServiceUrl() + "/api/targets/#{targetId}")
                        .header("Authorization", "Bearer " + managerToken).check(status().is(200)));
    }

    /** A future ISO week (2027–2036), so each attainment poll reads a short list however many targets exist. */
    private static ChainBuilder newPeriod() {
        return exec(session -> {
            ThreadLocalRandom random = ThreadLocalRandom.current();
            return session.set("period", String.format("%d-W%02d", 2027 + random.nextInt(10), 1 + random.nextInt(52)));
        });
    }

    private ChainBuilder setTarget(String requestName) {
        return exec(http(requestName).post("/api/targets")
                .header("Authorization", "Bearer " + managerToken)
                .body(StringBody("{\"scope\":\"TEAM\",\"ownerId\":\"" + DemoUsers.DEMO_TEAM + "\",\"period\":\"#{period}\","
                        + "\"metric\":\"REVENUE\",\"amount\":120000.00,\"specific\":\"Benchmark target\","
                        + "\"achievable\":\"Load test\",\"relevant\":\"Performance baseline\"}"))
                .check(status().is(201), jsonPath("$.id").saveAs("targetId")));
    }
}
