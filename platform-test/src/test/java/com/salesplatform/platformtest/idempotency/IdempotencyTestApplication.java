package com.salesplatform.platformtest.idempotency;

import com.salesplatform.platform.rejection.RuleViolationException;
import com.salesplatform.platform.web.Created;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A service with one creating POST and nothing else, to put the platform's idempotency filter under test. */
@SpringBootApplication
public class IdempotencyTestApplication {

    @Bean
    MovableClock clock() {
        return new MovableClock();
    }

    /** The clock the retention is measured with, moved by the test. */
    static final class MovableClock extends Clock {
        private volatile Instant now = Instant.parse("2026-03-02T01:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    /**
     * {@code POST /api/things} stores a thing; {@code "fail": true} stores it and then refuses (409), so nothing of
     * the attempt may stay; {@code "hold": true} waits for {@link #release} while holding its transaction open.
     */
    @RestController
    static class ThingController {
        private final JdbcTemplate jdbc;
        volatile CountDownLatch entered = new CountDownLatch(1);
        volatile CountDownLatch release = new CountDownLatch(1);

        ThingController(JdbcTemplate jdbc) {
            this.jdbc = jdbc;
        }

        @PostMapping("/api/things")
        ResponseEntity<Created> create(@RequestBody Map<String, Object> request) throws InterruptedException {
            String id = UUID.randomUUID().toString();
            jdbc.update("INSERT INTO thing (id, name) VALUES (?, ?)", id, String.valueOf(request.get("name")));
            if (Boolean.TRUE.equals(request.get("hold"))) {
                entered.countDown();
                release.await(30, TimeUnit.SECONDS);
            }
            if (Boolean.TRUE.equals(request.get("fail"))) {
                throw new RuleViolationException("refused after storing");
            }
            return Created.at("/api/things", id);
        }
    }
}
