package com.salesplatform.gateway.demo;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.salesplatform.gateway.auth.AuthProperties.DemoUser;
import com.salesplatform.gateway.auth.local.TokenIssuer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The platform's API as the demo users use it: through the gateway itself (its routes, token validation and rate
 * limits), with tokens the gateway issues to them in-process. Every call is retried with back-off while the answer
 * is a sign of a platform still warming up (no connection, 429, 502–504, a 500), for at most the configured time;
 * a POST carries an {@code Idempotency-Key} derived from the caller and the request, so a retry never doubles it.
 */
class DemoApi {

    /** What may still change if the caller waits: an unknown customer or rep in a replica that catches up. */
    static final Set<Integer> REPLICA_LAG = Set.of(400, 404);

    private static final Logger log = LoggerFactory.getLogger(DemoApi.class);
    private static final Set<Integer> WARMING_UP = Set.of(429, 500, 502, 503, 504);
    private static final Duration FIRST_BACK_OFF = Duration.ofMillis(500);
    private static final Duration LONGEST_BACK_OFF = Duration.ofSeconds(15);
    /** Replicas follow within seconds; a 400 that lasts longer is the answer. */
    private static final Duration REPLICA_WAIT = Duration.ofSeconds(90);

    private final URI base;
    private final Map<String, DemoUser> users;
    private final TokenIssuer tokens;
    private final Duration callTimeout;
    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    DemoApi(URI base, Iterable<DemoUser> demoUsers, TokenIssuer tokens, Duration callTimeout) {
        this.base = base;
        this.users = java.util.stream.StreamSupport.stream(demoUsers.spliterator(), false)
                .collect(Collectors.toMap(DemoUser::username, Function.identity()));
        this.tokens = tokens;
        this.callTimeout = callTimeout;
    }

    /** The rep id ({@code sub}) of a demo user. */
    String subject(String username) {
        return user(username).subject().toString();
    }

    Answer get(String username, String path) {
        return send(username, "GET", path, null, Set.of());
    }

    Answer post(String username, String path, Object body) {
        return send(username, "POST", path, body, Set.of());
    }

    /** A POST that waits, within the call's time, for what another service learns a moment later (replicas). */
    Answer postEventually(String username, String path, Object body) {
        return send(username, "POST", path, body, REPLICA_LAG);
    }

    Answer put(String username, String path, Object body) {
        return send(username, "PUT", path, body, Set.of());
    }

    private Answer send(String username, String method, String path, Object body, Set<Integer> alsoRetried) {
        String payload = body == null ? (method.equals("GET") ? null : "{}") : write(body);
        String key = method.equals("POST") ? UUID.nameUUIDFromBytes((username + " " + method + " " + path + " " + payload)
                .getBytes(StandardCharsets.UTF_8)).toString() : null;
        long deadline = System.nanoTime() + callTimeout.toNanos();
        long replicaDeadline = System.nanoTime() + REPLICA_WAIT.toNanos();
        Duration backOff = FIRST_BACK_OFF;
        String last = "no answer";
        while (true) {
            try {
                HttpResponse<String> response = http.send(request(username, method, path, payload, key),
                        HttpResponse.BodyHandlers.ofString());
                Answer answer = new Answer(response.statusCode(), read(response.body()),
                        response.headers().firstValue("Idempotent-Replayed").isPresent());
                boolean lagging = alsoRetried.contains(answer.status()) && System.nanoTime() < replicaDeadline;
                if (!WARMING_UP.contains(answer.status()) && !lagging) {
                    return answer;
                }
                last = answer.status() + " " + answer.body().path("detail").asText("");
            } catch (IOException e) {
                last = e.toString();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new DemoDataException(method + " " + path + " interrupted");
            }
            if (System.nanoTime() + backOff.toNanos() > deadline) {
                throw new DemoDataException(method + " " + path + " as " + username + " gave no usable answer within "
                        + callTimeout + "; last: " + last);
            }
            log.debug("demo data: {} {} answered {}, trying again in {}", method, path, last, backOff);
            sleep(backOff);
            backOff = backOff.multipliedBy(2).compareTo(LONGEST_BACK_OFF) > 0 ? LONGEST_BACK_OFF : backOff.multipliedBy(2);
        }
    }

    private HttpRequest request(String username, String method, String path, String payload, String key) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json, application/problem+json")
                .header("Accept-Language", "zh-CN")
                .header("Authorization", "Bearer " + tokens.issue(user(username)).value())
                .method(method, payload == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(payload, StandardCharsets.UTF_8));
        if (payload != null) {
            builder.header("Content-Type", "application/json");
        }
        if (key != null) {
            builder.header("Idempotency-Key", key);
        }
        return builder.build();
    }

    private DemoUser user(String username) {
        DemoUser user = users.get(username);
        if (user == null) {
            throw new DemoDataException("no demo user '" + username + "' is configured");
        }
        return user;
    }

    private String write(Object body) {
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private JsonNode read(String body) {
        if (body == null || body.isBlank()) {
            return MissingNode.getInstance();
        }
        try {
            return json.readTree(body);
        } catch (JsonProcessingException e) {
            return MissingNode.getInstance();
        }
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DemoDataException("interrupted");
        }
    }

    /** One answer of the API; {@code replayed}: the same request was answered before (Idempotency-Key). */
    record Answer(int status, JsonNode body, boolean replayed) {

        boolean ok() {
            return status >= 200 && status < 300;
        }

        String describe() {
            return status + " " + body.path("detail").asText(body.toString());
        }
    }
}
