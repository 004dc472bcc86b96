package com.salesplatform.systemtests.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.salesplatform.platformtest.HostileInputCorpus;
import com.salesplatform.platformtest.HostileInputCorpus.Probe;
import com.salesplatform.systemtests.Gateway;
import com.salesplatform.systemtests.RunningPlatform;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The hostile-input corpus of every service's {@code HostileInputIT} (platform-test's {@link HostileInputCorpus},
 * ADR 0013), sent through the gateway to every operation of the platform's merged OpenAPI document — every
 * service's and the gateway's own — signed in as an ADMIN and as a REP. No probe may be answered with a 5xx, the
 * gateway's {@code 503} for a service it did not reach included: in a healthy run that never happens. A {@code 429}
 * (the per-user rate limit) is waited out and the probe sent again, so every probe reaches its service. The probes
 * per category are printed (docs/security.md, finding 7).
 */
@ExtendWith(RunningPlatform.class)
class HostileInputThroughTheGatewayIT {

    private static final Duration RATE_LIMITED_AT_MOST = Duration.ofSeconds(90);

    private Gateway gateway;

    @BeforeEach
    void setUp(Gateway gateway) {
        this.gateway = gateway;
        // both sign-ins first: the corpus's own probes of /api/auth/token count for the per-address login limit
        gateway.token("admin", "admin");
        gateway.token("rep1", "rep1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"admin", "rep1"})
    void noOperationOfThePlatformAnswersHostileInputWithAServerError(String user) {
        Gateway.Response document = gateway.get("/v3/api-docs", null);
        assertThat(document.status()).as(document.describe()).isEqualTo(200);
        HostileInputCorpus corpus = new HostileInputCorpus(document.json());
        assertThat(corpus.operations()).as("the merged document holds every service's operations")
                .extracting(HostileInputCorpus.Operation::path)
                .anyMatch(path -> path.startsWith("/api/auth/")).anyMatch(path -> path.startsWith("/api/customers"))
                .anyMatch(path -> path.startsWith("/api/reports")).anyMatch(path -> path.startsWith("/api/targets"));
        String token = gateway.token(user, user);

        Map<String, Integer> probes = new TreeMap<>();
        List<String> serverErrors = new ArrayList<>();
        for (Probe probe : corpus.probes()) {
            probes.merge(probe.category(), 1, Integer::sum);
            Gateway.Response response = sendPastTheRateLimit(probe, token);
            if (response.status() >= 500) {
                serverErrors.add(probe.describe() + " -> " + response.describe());
            }
        }
        System.out.println("Hostile input probes through the gateway as " + user + ", per category: " + probes
                + ", " + corpus.operations().size() + " operations");
        assertThat(probes).isNotEmpty();
        assertThat(serverErrors).as("probes answered with a server error (a 503: a service not reached)").isEmpty();
    }

    private Gateway.Response sendPastTheRateLimit(Probe probe, String token) {
        AtomicReference<Gateway.Response> answer = new AtomicReference<>();
        await(probe.describe()).atMost(RATE_LIMITED_AT_MOST).pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    answer.set(send(probe, token));
                    return answer.get().status() != 429;
                });
        return answer.get();
    }

    private Gateway.Response send(Probe probe, String token) {
        return switch (probe.method()) {
            case "get" -> gateway.get(probe.uri(), token);
            case "delete" -> gateway.delete(probe.uri(), token);
            case "put" -> gateway.put(probe.uri(), probe.body(), token);
            default -> gateway.post(probe.uri(), probe.body(), token);
        };
    }
}
