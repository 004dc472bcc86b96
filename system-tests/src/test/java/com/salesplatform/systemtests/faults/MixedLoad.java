package com.salesplatform.systemtests.faults;

import com.salesplatform.systemtests.Gateway;
import com.salesplatform.systemtests.Gateway.Response;
import com.salesplatform.systemtests.faults.Ledger.Kind;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A steady mixed load through the gateway: a few writers, each sending one write per tick (targets, leads,
 * imported orders, payments on them), every POST with an {@code Idempotency-Key} and, where the API takes one, an
 * id the client chose. A write whose outcome is unknown (502, 504, no answer) is sent again with the same key and
 * body on the writer's next ticks until it gets a definite answer; a 503 on a write never seen by a service counts
 * as refused.
 */
final class MixedLoad implements AutoCloseable {

    static final BigDecimal ORDER_TOTAL = new BigDecimal("1000.00");
    static final BigDecimal PAYMENT = new BigDecimal("100.00");
    private static final List<Kind> CYCLE = List.of(Kind.TARGET, Kind.ORDER, Kind.LEAD, Kind.PAYMENT);

    private final Gateway gateway;
    private final FaultRun run;
    private final Ledger ledger;
    private final ScheduledExecutorService writers;
    private final List<Writer> all;
    private final ConcurrentLinkedQueue<String> ordersToPay = new ConcurrentLinkedQueue<>();
    private final AtomicInteger sequence = new AtomicInteger();
    private volatile boolean paused;

    MixedLoad(Gateway gateway, FaultRun run, Ledger ledger, int writerCount, Duration tick) {
        this.gateway = gateway;
        this.run = run;
        this.ledger = ledger;
        this.writers = Executors.newScheduledThreadPool(writerCount);
        this.all = java.util.stream.IntStream.range(0, writerCount).mapToObj(Writer::new).toList();
        for (Writer writer : all) {
            writers.scheduleWithFixedDelay(writer::tick, writer.number * 37L, tick.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** No new writes from now on; writes of unknown outcome are still retried (see {@link #settled()}). */
    void pause() {
        paused = true;
    }

    void resume() {
        paused = false;
    }

    /** Paused, nothing in flight and no write of unknown outcome left. */
    boolean settled() {
        return paused && all.stream().allMatch(Writer::idle);
    }

    @Override
    public void close() throws InterruptedException {
        writers.shutdownNow();
        writers.awaitTermination(1, TimeUnit.MINUTES);
    }

    private record Attempt(Kind kind, String path, Map<String, Object> body, String key, String id,
                           BigDecimal amount) {
    }

    private final class Writer {

        private final int number;
        private final Deque<Attempt> unknown = new ArrayDeque<>();
        private volatile boolean busy;
        private int next;

        Writer(int number) {
            this.number = number;
            this.next = number;
        }

        synchronized boolean idle() {
            return !busy && unknown.isEmpty();
        }

        void tick() {
            Attempt attempt;
            synchronized (this) {
                if (!unknown.isEmpty()) {
                    attempt = unknown.peekFirst();
                } else if (paused) {
                    return;
                } else {
                    attempt = nextWrite();
                    if (attempt == null) {
                        return;
                    }
                }
                busy = true;
            }
            try {
                send(attempt);
            } catch (RuntimeException | AssertionError e) {
                // a writer never dies (a scheduled task that throws is not run again): the write is sent again
                retryLater(attempt);
            } finally {
                busy = false;
            }
        }

        private void send(Attempt attempt) {
            boolean retry = isRetry(attempt);
            ledger.attempted();
            Response response;
            try {
                response = gateway.post(attempt.path(), attempt.body(), token(), attempt.key());
            } catch (UncheckedIOException noAnswer) {
                ledger.unknownOutcome();
                retryLater(attempt);
                return;
            }
            int status = response.status();
            if (status >= 200 && status < 300) {
                String id = attempt.kind() == Kind.PAYMENT ? attempt.id() : response.json().path("id").asText();
                ledger.acknowledged(attempt.kind(), id, attempt.amount());
                if (attempt.kind() == Kind.ORDER) {
                    ordersToPay.add(id);
                }
                done(attempt);
            } else if (status == 502 || status == 504) {
                ledger.unknownOutcome();
                retryLater(attempt);
            } else if (status == 401 || (status == 409 && retry) || (status == 503 && retry)) {
                // a restarted gateway's new signing key; the first attempt still running; still unreachable
                if (status == 401) {
                    gateway.forgetTokens();
                }
                retryLater(attempt);
            } else if (status == 503) {
                ledger.refused(attempt.kind(), attempt.id());
            } else {
                ledger.otherAnswer(status);
                System.out.println("[MixedLoad] unexpected answer: " + response.describe());
                done(attempt);
            }
        }

        private synchronized boolean isRetry(Attempt attempt) {
            return !unknown.isEmpty() && unknown.peekFirst() == attempt;
        }

        private synchronized void retryLater(Attempt attempt) {
            if (unknown.peekFirst() != attempt) {
                unknown.addFirst(attempt);
            }
        }

        private synchronized void done(Attempt attempt) {
            if (unknown.peekFirst() == attempt) {
                unknown.removeFirst();
            }
        }

        private Attempt nextWrite() {
            Kind kind = CYCLE.get(next++ % CYCLE.size());
            int n = sequence.incrementAndGet();
            String id = UUID.randomUUID().toString();
            String key = "faults-" + UUID.randomUUID();
            return switch (kind) {
                case TARGET -> new Attempt(kind, "/api/targets", run.target(id, n), key, id, null);
                case LEAD -> new Attempt(kind, "/api/customers/leads", run.lead(id, n), key, id, null);
                case ORDER -> new Attempt(kind, "/api/orders/imports", run.order(id, Instant.now().minusSeconds(5)),
                        key, id, ORDER_TOTAL);
                case PAYMENT -> {
                    String order = ordersToPay.poll();
                    yield order == null ? null : new Attempt(kind, "/api/orders/" + order + "/payments",
                            new LinkedHashMap<>(Map.of("amount", PAYMENT)), key, order, PAYMENT);
                }
            };
        }
    }

    private String token() {
        return gateway.token("admin", "admin");
    }
}
