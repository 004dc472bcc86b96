package com.salesplatform.platformtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.function.LongSupplier;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What every creating POST must do with an {@code Idempotency-Key} (the platform's filter): a retry answers the
 * first answer byte for byte with {@code Idempotent-Replayed: true} and stores nothing; the key with another body is
 * 422 {@code idempotency-key-reused} and stores nothing either.
 */
public final class IdempotentRetries {

    private IdempotentRetries() {
    }

    /**
     * Sends {@code body} twice and {@code otherBody} once with one new key; {@code stored} counts what a creation
     * adds (e.g. {@link #eventsOf}). Answers the first response.
     */
    public static ApiClient.Response createOnce(ApiClient caller, String path, String body, String otherBody,
                                                LongSupplier stored) {
        ApiClient withKey = caller.withIdempotencyKey(UUID.randomUUID().toString());
        long before = stored.getAsLong();
        ApiClient.Response first = withKey.post(path, body);
        assertThat(first.status()).as(first.toString()).isBetween(200, 299);
        assertThat(first.header("Idempotent-Replayed")).isEmpty();
        long created = stored.getAsLong();
        assertThat(created).as("the first request creates").isGreaterThan(before);

        ApiClient.Response retry = withKey.post(path, body);
        assertThat(retry.status()).as(retry.toString()).isEqualTo(first.status());
        assertThat(retry.contentType()).isEqualTo(first.contentType());
        assertThat(retry.location()).isEqualTo(first.location());
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(retry.header("Idempotent-Replayed")).contains("true");
        assertThat(stored.getAsLong()).as("a replay creates nothing").isEqualTo(created);

        ApiClient.Response reused = withKey.post(path, otherBody);
        assertThat(reused.status()).as(reused.toString()).isEqualTo(422);
        assertThat(reused.json().path("type").asText())
                .isEqualTo("https://sales-platform.dev/problems/idempotency-key-reused");
        assertThat(stored.getAsLong()).as("a reused key creates nothing").isEqualTo(created);
        return first;
    }

    /** Events of one aggregate type in the service's event store. */
    public static LongSupplier eventsOf(JdbcTemplate jdbc, String aggregateType) {
        return () -> jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE type = ?", Long.class,
                aggregateType);
    }
}
