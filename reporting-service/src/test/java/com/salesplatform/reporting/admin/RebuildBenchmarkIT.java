package com.salesplatform.reporting.admin;

import static com.salesplatform.platformtest.ContractEvents.data;
import static com.salesplatform.platformtest.ContractEvents.event;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.salesplatform.platform.inbox.InboundSubscriptions;
import com.salesplatform.platform.readmodel.ReadModelGenerations;
import com.salesplatform.platformtest.ApiClient;
import com.salesplatform.platformtest.ServiceIntegrationTest;
import com.salesplatform.platformtest.TestTokens;
import com.salesplatform.platformtest.TopicProbe;
import com.salesplatform.reporting.ConsumersCaughtUp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * How fast a rebuild replays history: publishes {@code -Dbenchmark.events} events (20 reps with targets, then
 * customers each with a lead, three communications, two follow-ups and four orders confirmed and paid), waits for
 * the live generation to take them all, then rebuilds and prints the speed. Runs only when asked:
 * {@code ./mvnw -B -pl reporting-service verify -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false
 * -Dit.test=RebuildBenchmarkIT -Dbenchmark.events=100000}.
 */
@ServiceIntegrationTest
@TestPropertySource(properties = "spring.application.name=reporting-benchmark")
@EnabledIfSystemProperty(named = "benchmark.events", matches = "\\d+")
class RebuildBenchmarkIT {

    private static final int REPS = 20;
    private static final int EVENTS_PER_CUSTOMER = 20;

    @LocalServerPort
    private int port;
    @Autowired
    private InboundSubscriptions subscriptions;
    @Autowired
    private ReadModelGenerations generations;

    private final String team = UUID.randomUUID().toString();
    private final List<String> reps = new ArrayList<>();

    @Test
    void rebuildSpeed() {
        int wanted = Integer.parseInt(System.getProperty("benchmark.events"));
        List<ProducerRecord<String, String>> events = history(wanted);
        long publishStart = System.nanoTime();
        TopicProbe.publishAll(events);
        long published = System.nanoTime();
        await("the live generation taking every event").atMost(Duration.ofMinutes(30))
                .pollInterval(Duration.ofSeconds(1)).until(() -> ConsumersCaughtUp.all(subscriptions, generations));
        long live = System.nanoTime();

        var rebuild = ApiClient.onPort(port).as(TestTokens.admin()).post("/api/admin/projections/rebuild", "");
        assertThat(rebuild.status()).as(rebuild.toString()).isEqualTo(202);
        int generation = rebuild.json().path("generation").asInt();
        long rebuildStart = System.nanoTime();
        JsonNode finished = await("the rebuild").atMost(Duration.ofMinutes(30)).pollInterval(Duration.ofMillis(250))
                .until(() -> ApiClient.onPort(port).as(TestTokens.admin())
                        .get("/api/admin/projections/generations/" + generation).json(),
                        status -> status.path("state").asText().equals("ACTIVE"));
        double rebuildSeconds = (System.nanoTime() - rebuildStart) / 1e9;

        System.out.printf("""
                        REBUILD BENCHMARK
                          events published:           %d (in %.1f s)
                          live generation caught up:  %.1f s after the last publish
                          rebuild (POST to active):   %.1f s = %.0f events/s
                          records replayed:           %d (a topic read by two subscriptions counts twice) = %s records/s by the generation's own clock
                        """, events.size(), (published - publishStart) / 1e9, (live - published) / 1e9,
                rebuildSeconds, events.size() / rebuildSeconds, finished.path("progress").path("events").asLong(),
                finished.path("progress").path("eventsPerSecond").asText());
        assertThat(finished.path("progress").path("replayed").asLong()).isGreaterThanOrEqualTo(events.size());
    }

    private List<ProducerRecord<String, String>> history(int wanted) {
        List<ProducerRecord<String, String>> events = new ArrayList<>();
        Instant start = Instant.parse("2025-01-01T00:00:00Z");
        for (int i = 0; i < REPS; i++) {
            String rep = UUID.randomUUID().toString();
            reps.add(rep);
            events.add(event("performance", "RepHired", rep, data("performance", "RepHired").put("repId", rep)
                    .put("teamId", team).put("name", "销售代表 " + i), start));
            String target = UUID.randomUUID().toString();
            events.add(event("targets", "TargetSet", target, data("targets", "TargetSet").put("targetId", target)
                    .put("scope", "REP").put("ownerId", rep).put("period", "2025").put("amount", 1_000_000)
                    .put("timeBound", "2026-01-01T00:00:00Z"), start));
        }
        for (int c = 0; events.size() + EVENTS_PER_CUSTOMER <= wanted; c++) {
            String rep = reps.get(c % REPS);
            Instant day = start.plus(Duration.ofHours(c % (24 * 360)));
            customer(events, rep, day);
        }
        return events;
    }

    private void customer(List<ProducerRecord<String, String>> events, String rep, Instant at) {
        String customer = UUID.randomUUID().toString();
        events.add(event("customers", "LeadRegistered", customer, data("customers", "LeadRegistered")
                .put("customerId", customer).put("ownerRepId", rep).put("region", "华东"), at));
        for (int i = 0; i < 3; i++) {
            events.add(event("customers", "CommunicationLogged", customer, data("customers", "CommunicationLogged")
                    .put("customerId", customer).put("ownerRepId", rep).put("communicationId", UUID.randomUUID().toString())
                    .put("occurredAt", at.plusSeconds(3600L * (i + 1)).toString()), at.plusSeconds(3600L * (i + 1))));
        }
        for (int i = 0; i < 2; i++) {
            String followUp = UUID.randomUUID().toString();
            events.add(event("customers", "FollowUpScheduled", customer, data("customers", "FollowUpScheduled")
                    .put("customerId", customer).put("ownerRepId", rep).put("followUpId", followUp)
                    .put("dueAt", at.plus(Duration.ofDays(7)).toString()), at));
            events.add(event("customers", "FollowUpCompleted", customer, data("customers", "FollowUpCompleted")
                    .put("customerId", customer).put("ownerRepId", rep).put("followUpId", followUp)
                    .put("completedAt", at.plus(Duration.ofDays(6)).toString()), at.plus(Duration.ofDays(6))));
        }
        for (int i = 0; i < 4; i++) {
            String order = UUID.randomUUID().toString();
            Instant placed = at.plus(Duration.ofDays(i + 1));
            ObjectNode placedData = data("orders", "OrderPlaced").put("orderId", order).put("customerId", customer)
                    .put("repId", rep).put("teamId", team);
            events.add(event("orders", "OrderPlaced", order, placedData, placed));
            events.add(event("orders", "OrderConfirmed", order, data("orders", "OrderConfirmed").put("orderId", order)
                    .put("customerId", customer).put("repId", rep).put("teamId", team), placed.plusSeconds(60)));
            events.add(event("orders", "PaymentReceived", order, data("orders", "PaymentReceived").put("orderId", order)
                    .put("paymentId", UUID.randomUUID().toString()).put("customerId", customer).put("repId", rep)
                    .put("teamId", team), placed.plus(Duration.ofDays(10))));
        }
    }
}
