package com.salesplatform.systemtests;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The platform as a frontend sees it: plain HTTP + JSON against the gateway, with a token from
 * {@code POST /api/auth/token}. Every {@link Response} can describe itself (status, content type, body) so that
 * failed assertions show what the platform answered.
 */
public final class Gateway {

    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private final URI base;
    private final HttpClient http;
    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, String> tokens = new ConcurrentHashMap<>();

    public Gateway(URI base) {
        this.base = base;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    public URI base() {
        return base;
    }

    /** An access token for a (demo) user, fetched once per user and test run. */
    public String token(String username, String password) {
        return tokens.computeIfAbsent(username, user -> {
            Response response = post("/api/auth/token", Map.of("username", user, "password", password), null);
            if (response.status() != 200) {
                throw new AssertionError("Cannot get a token for '" + user + "': " + response.describe());
            }
            String token = response.json().path("access_token").asText("");
            if (token.isBlank()) {
                throw new AssertionError("Token response without access_token: " + response.describe());
            }
            return token;
        });
    }

    /** Drops the tokens fetched so far: a restarted gateway signs with a new key and refuses the old ones. */
    public void forgetTokens() {
        tokens.clear();
    }

    public Response get(String pathAndQuery, String token) {
        return send(request(pathAndQuery, token).GET().build());
    }

    public Response post(String path, Object body, String token) {
        return post(path, body, token, null);
    }

    /** A POST with an {@code Idempotency-Key} (ADR 0015), so that the same call may be sent again safely. */
    public Response post(String path, Object body, String token, String idempotencyKey) {
        String payload;
        try {
            payload = body instanceof String s ? s : json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot serialise " + body, e);
        }
        HttpRequest.Builder builder = request(path, token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(payload));
        if (idempotencyKey != null) {
            builder.header("Idempotency-Key", idempotencyKey);
        }
        return send(builder.build());
    }

    public Response put(String path, Object body, String token) {
        try {
            return send(request(path, token).header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))).build());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot serialise " + body, e);
        }
    }

    public Response delete(String path, String token) {
        return send(request(path, token).DELETE().build());
    }

    private HttpRequest.Builder request(String pathAndQuery, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + pathAndQuery))
                .timeout(REQUEST_TIMEOUT)
                .header("Accept", "application/json, application/problem+json");
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    private Response send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Response(request.method() + " " + request.uri(), response.statusCode(), response.headers(),
                    response.body(), json);
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.uri() + " failed: " + e.getMessage()
                    + " (is the platform up? logs in .run/logs/)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted: " + request.method() + " " + request.uri(), e);
        }
    }

    /** One HTTP exchange. */
    public static final class Response {

        private final String request;
        private final int status;
        private final HttpHeaders headers;
        private final String body;
        private final ObjectMapper mapper;

        Response(String request, int status, HttpHeaders headers, String body, ObjectMapper mapper) {
            this.request = request;
            this.status = status;
            this.headers = headers;
            this.body = body;
            this.mapper = mapper;
        }

        public int status() {
            return status;
        }

        public String body() {
            return body;
        }

        public Optional<String> header(String name) {
            return headers.firstValue(name);
        }

        public String contentType() {
            return header("Content-Type").orElse("");
        }

        /** The body as JSON; a {@link MissingNode} if it is empty or not JSON (see {@link #describe()}). */
        public JsonNode json() {
            if (body == null || body.isBlank()) {
                return MissingNode.getInstance();
            }
            try {
                return mapper.readTree(body);
            } catch (JsonProcessingException e) {
                return MissingNode.getInstance();
            }
        }

        /** For assertion messages: what was asked and everything that came back. */
        public String describe() {
            String shown = body == null ? "" : body.length() > 4000 ? body.substring(0, 4000) + " …(truncated)" : body;
            return request + " -> " + status + " [" + contentType() + "]"
                    + header("Location").map(l -> " Location: " + l).orElse("")
                    + "\n" + (shown.isBlank() ? "(empty body)" : shown);
        }

        @Override
        public String toString() {
            return describe();
        }
    }
}
