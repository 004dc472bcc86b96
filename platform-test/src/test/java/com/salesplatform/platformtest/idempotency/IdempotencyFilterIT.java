package com.salesplatform.platformtest.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.salesplatform.platformtest.ApiClient;
import com.salesplatform.platformtest.ServiceIntegrationTest;
import com.salesplatform.platformtest.TestTokens;
import com.salesplatform.platformtest.idempotency.IdempotencyTestApplication.MovableClock;
import com.salesplatform.platformtest.idempotency.IdempotencyTestApplication.ThingController;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The platform's {@code Idempotency-Key} filter in a real service on a real PostgreSQL. */
@ServiceIntegrationTest
class IdempotencyFilterIT {

    @LocalServerPort
    private int port;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private ThingController things;
    @Autowired
    private MovableClock clock;

    private ApiClient caller;
    private String name;

    @BeforeEach
    void setUp() {
        caller = ApiClient.onPort(port).as(TestTokens.rep(UUID.randomUUID().toString(), null));
        name = "thing-" + UUID.randomUUID();
    }

    @Test
    void aRetryReplaysTheFirstAnswerByteForByteAndCreatesNothing() {
        ApiClient withKey = caller.withIdempotencyKey(UUID.randomUUID().toString());
        ApiClient.Response first = withKey.post("/api/things", body(name));
        ApiClient.Response retry = withKey.post("/api/things", body(name));

        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(first.header("Idempotent-Replayed")).isEmpty();
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.contentType()).isEqualTo(first.contentType());
        assertThat(retry.location()).isEqualTo(first.location());
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(retry.header("Idempotent-Replayed")).contains("true");
        assertThat(thingsNamed(name)).isEqualTo(1);
    }

    @Test
    void theSameKeyWithAnotherRequestIsUnprocessableAndChangesNothing() {
        String key = UUID.randomUUID().toString();
        ApiClient withKey = caller.withIdempotencyKey(key);
        ApiClient.Response first = withKey.post("/api/things", body(name));
        String kept = keptHash(key);

        ApiClient.Response otherBody = withKey.post("/api/things", body(name + "-other"));
        ApiClient.Response otherPath = withKey.post("/api/things?variant=2", body(name));

        for (ApiClient.Response reused : new ApiClient.Response[] {otherBody, otherPath}) {
            assertThat(reused.status()).as(reused.toString()).isEqualTo(422);
            assertThat(reused.contentType()).startsWith("application/problem+json");
            assertThat(reused.json().path("type").asText())
                    .isEqualTo("https://sales-platform.dev/problems/idempotency-key-reused");
        }
        assertThat(thingsNamed(name)).isEqualTo(1);
        assertThat(thingsNamed(name + "-other")).isZero();
        assertThat(keptHash(key)).isEqualTo(kept);
        assertThat(withKey.post("/api/things", body(name)).body()).isEqualTo(first.body());
    }

    @Test
    void aFailedFirstAttemptKeepsNothingSoTheRetryReallyRuns() {
        String key = UUID.randomUUID().toString();
        ApiClient withKey = caller.withIdempotencyKey(key);
        String failing = "{\"name\":\"%s\",\"fail\":true}".formatted(name);

        assertThat(withKey.post("/api/things", failing).status()).isEqualTo(409);
        assertThat(withKey.post("/api/things", failing).status()).isEqualTo(409);
        assertThat(thingsNamed(name)).as("the refused attempts' rows are rolled back").isZero();
        assertThat(keptAnswers(key)).isZero();

        assertThat(withKey.post("/api/things", body(name)).status()).isEqualTo(201);
        assertThat(thingsNamed(name)).isEqualTo(1);
    }

    @Test
    void keysArePerCaller() {
        String key = UUID.randomUUID().toString();
        ApiClient other = ApiClient.onPort(port).as(TestTokens.admin()).withIdempotencyKey(key);
        ApiClient.Response mine = caller.withIdempotencyKey(key).post("/api/things", body(name));
        ApiClient.Response theirs = other.post("/api/things", body(name));

        assertThat(theirs.status()).isEqualTo(201);
        assertThat(theirs.header("Idempotent-Replayed")).isEmpty();
        assertThat(theirs.location()).isNotEqualTo(mine.location());
        assertThat(thingsNamed(name)).isEqualTo(2);
    }

    @Test
    void aRetryWhileTheFirstStillRunsIsAConflictAndTheFirstAnswerIsKept() throws Exception {
        things.entered = new CountDownLatch(1);
        things.release = new CountDownLatch(1);
        ApiClient withKey = caller.withIdempotencyKey(UUID.randomUUID().toString());
        String holding = "{\"name\":\"%s\",\"hold\":true}".formatted(name);

        CompletableFuture<ApiClient.Response> first = CompletableFuture.supplyAsync(
                () -> withKey.post("/api/things", holding));
        assertThat(things.entered.await(10, TimeUnit.SECONDS)).isTrue();
        ApiClient.Response concurrent = withKey.post("/api/things", holding);
        things.release.countDown();
        ApiClient.Response firstAnswer = first.get(30, TimeUnit.SECONDS);

        assertThat(concurrent.status()).as(concurrent.toString()).isEqualTo(409);
        assertThat(concurrent.json().path("type").asText()).endsWith("/rule-violation");
        assertThat(firstAnswer.status()).isEqualTo(201);
        assertThat(withKey.post("/api/things", holding).body()).isEqualTo(firstAnswer.body());
        assertThat(thingsNamed(name)).isEqualTo(1);
    }

    @Test
    void aKeyOutsideOneTo200CharactersIsRejectedNamingTheHeader() {
        for (String key : new String[] {"x".repeat(201), " "}) {
            ApiClient.Response rejected = caller.withIdempotencyKey(key).post("/api/things", body(name));
            assertThat(rejected.status()).as(rejected.toString()).isEqualTo(400);
            assertThat(rejected.json().path("errors").get(0).path("field").asText()).isEqualTo("Idempotency-Key");
        }
        assertThat(caller.withIdempotencyKey("x".repeat(200)).post("/api/things", body(name)).status())
                .isEqualTo(201);
        assertThat(thingsNamed(name)).isEqualTo(1);
    }

    @Test
    void anExpiredKeyRunsAgainAndIsPurged() {
        String key = UUID.randomUUID().toString();
        ApiClient withKey = caller.withIdempotencyKey(key);
        ApiClient.Response first = withKey.post("/api/things", body(name));
        clock.advance(Duration.ofHours(23));
        assertThat(withKey.post("/api/things", body(name)).header("Idempotent-Replayed")).contains("true");

        clock.advance(Duration.ofHours(2));
        ApiClient.Response afterRetention = withKey.post("/api/things", body(name + "-later"));
        assertThat(afterRetention.status()).isEqualTo(201);
        assertThat(afterRetention.location()).isNotEqualTo(first.location());

        clock.advance(Duration.ofHours(25));
        await().atMost(Duration.ofSeconds(10)).until(() -> keptAnswers(key) == 0);
        assertThat(thingsNamed(name)).isEqualTo(1);
        assertThat(thingsNamed(name + "-later")).isEqualTo(1);
    }

    @Test
    void aPostWithoutKeyIsNotTouched() {
        assertThat(caller.post("/api/things", body(name)).status()).isEqualTo(201);
        assertThat(caller.post("/api/things", body(name)).status()).isEqualTo(201);
        assertThat(thingsNamed(name)).isEqualTo(2);
    }

    private static String body(String name) {
        return "{\"name\":\"%s\"}".formatted(name);
    }

    private long thingsNamed(String thing) {
        return jdbc.queryForObject("SELECT count(*) FROM thing WHERE name = ?", Long.class, thing);
    }

    private long keptAnswers(String key) {
        return jdbc.queryForObject("SELECT count(*) FROM idempotency_answer WHERE key = ?", Long.class, key);
    }

    private String keptHash(String key) {
        return jdbc.queryForObject("SELECT request_hash FROM idempotency_answer WHERE key = ?", String.class, key);
    }
}
