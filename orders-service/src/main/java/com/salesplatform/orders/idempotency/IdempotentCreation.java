package com.salesplatform.orders.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.salesplatform.platform.security.CallerIdentity;
import com.salesplatform.platform.web.Created;
import com.salesplatform.platform.web.FieldRejectedException;
import com.salesplatform.platform.web.RuleViolationException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.Supplier;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@code Idempotency-Key} for creating POSTs, kept in PostgreSQL per caller. The first request with a key claims it
 * (committed at once, before the command runs), creates, and stores its answer; a retry with the same key and the
 * same request (endpoint and body) gets that answer again and creates nothing; the same key with another request is
 * refused (422). A key whose first request failed is released, so the retry really runs; a retry arriving while the
 * first is still running is a 409.
 */
@Component
public class IdempotentCreation {

    public static final String HEADER = "Idempotency-Key";
    static final int MAX_KEY_LENGTH = 200;

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    IdempotentCreation(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Runs {@code creation} once per caller and key; {@code key} null: no idempotency asked for, it just runs. */
    public ResponseEntity<Created> create(String key, CallerIdentity caller, String endpoint, Object request,
                                          Supplier<ResponseEntity<Created>> creation) {
        if (key == null) {
            return creation.get();
        }
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            throw new FieldRejectedException(HEADER, "must be 1 to " + MAX_KEY_LENGTH + " characters");
        }
        String hash = hash(endpoint, request);
        boolean claimed = jdbc.update("""
                INSERT INTO idempotency_key (caller, key, request_hash) VALUES (?, ?, ?)
                ON CONFLICT (caller, key) DO NOTHING""", caller.subject(), key, hash) == 1;
        return claimed ? createFirst(caller, key, creation) : replay(caller, key, hash);
    }

    private ResponseEntity<Created> createFirst(CallerIdentity caller, String key,
                                                Supplier<ResponseEntity<Created>> creation) {
        ResponseEntity<Created> answer;
        try {
            answer = creation.get();
        } catch (RuntimeException failure) {
            jdbc.update("DELETE FROM idempotency_key WHERE caller = ? AND key = ?", caller.subject(), key);
            throw failure;
        }
        URI location = answer.getHeaders().getLocation();
        jdbc.update("UPDATE idempotency_key SET status = ?, location = ?, resource_id = ? WHERE caller = ? AND key = ?",
                answer.getStatusCode().value(), location == null ? null : location.toString(),
                answer.getBody() == null ? null : answer.getBody().id(), caller.subject(), key);
        return answer;
    }

    private ResponseEntity<Created> replay(CallerIdentity caller, String key, String hash) {
        StoredAnswer stored = jdbc.queryForObject("""
                        SELECT request_hash, status, location, resource_id FROM idempotency_key
                        WHERE caller = ? AND key = ?""",
                (rs, row) -> new StoredAnswer(rs.getString("request_hash"), (Integer) rs.getObject("status"),
                        rs.getString("location"), rs.getString("resource_id")), caller.subject(), key);
        if (!stored.requestHash().equals(hash)) {
            throw new IdempotencyKeyReusedException(key);
        }
        if (stored.status() == null) {
            throw new RuleViolationException("The first request with Idempotency-Key '" + key
                    + "' is still being processed; retry later");
        }
        var answer = ResponseEntity.status(stored.status());
        if (stored.location() != null) {
            answer.location(URI.create(stored.location()));
        }
        return answer.body(new Created(stored.resourceId()));
    }

    private String hash(String endpoint, Object request) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(endpoint.getBytes(StandardCharsets.UTF_8));
            sha256.update((byte) '\n');
            sha256.update(json.writeValueAsBytes(request));
            return HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException | JsonProcessingException e) {
            throw new IllegalStateException("Cannot fingerprint the request", e);
        }
    }

    private record StoredAnswer(String requestHash, Integer status, String location, String resourceId) {
    }
}
