package com.salesplatform.platform.idempotency;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The {@code idempotency_answer} table. Every method runs in the caller's transaction (the request's), so a claim,
 * the request's effect and the stored answer commit or roll back together.
 */
class IdempotencyStore {

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Duration retention;

    IdempotencyStore(JdbcTemplate jdbc, Clock clock, Duration retention) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.retention = retention;
    }

    /**
     * Takes the key for this transaction without waiting: false while another transaction holds it, i.e. the first
     * request with the key is still running. (Inserting the same primary key would instead wait for that
     * transaction to end.)
     */
    boolean lock(String caller, String key) {
        return Boolean.TRUE.equals(jdbc.queryForObject("SELECT pg_try_advisory_xact_lock(?)", Boolean.class,
                lockId(caller, key)));
    }

    /** Claims the key for a first run; false when an answer is already kept (an expired one no longer counts). */
    boolean claim(String caller, String key, String requestHash) {
        jdbc.update("DELETE FROM idempotency_answer WHERE caller = ? AND key = ? AND created_at < ?",
                caller, key, expiredBefore());
        return jdbc.update("""
                INSERT INTO idempotency_answer (caller, key, request_hash, created_at) VALUES (?, ?, ?, ?)
                ON CONFLICT (caller, key) DO NOTHING""",
                caller, key, requestHash, Timestamp.from(clock.instant())) == 1;
    }

    Optional<StoredAnswer> answer(String caller, String key) {
        return jdbc.query("""
                        SELECT request_hash, status, content_type, location, body FROM idempotency_answer
                        WHERE caller = ? AND key = ?""",
                (rs, row) -> new StoredAnswer(rs.getString("request_hash"), rs.getInt("status"),
                        rs.getString("content_type"), rs.getString("location"), rs.getBytes("body")),
                caller, key).stream().findFirst();
    }

    void keep(String caller, String key, StoredAnswer answer) {
        jdbc.update("""
                        UPDATE idempotency_answer SET status = ?, content_type = ?, location = ?, body = ?
                        WHERE caller = ? AND key = ?""",
                answer.status(), answer.contentType(), answer.location(), answer.body(), caller, key);
    }

    /** Drops the answers older than the retention; answers how many. */
    int purge() {
        return jdbc.update("DELETE FROM idempotency_answer WHERE created_at < ?", expiredBefore());
    }

    private Timestamp expiredBefore() {
        return Timestamp.from(clock.instant().minus(retention));
    }

    private static long lockId(String caller, String key) {
        return ByteBuffer.wrap(sha256("idempotency\n" + caller + "\n" + key)).getLong();
    }

    static byte[] sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8), new byte[0]);
    }

    static byte[] sha256(byte[] first, byte[] second) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(first);
            digest.update(second);
            return digest.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
