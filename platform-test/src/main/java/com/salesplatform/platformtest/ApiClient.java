package com.salesplatform.platformtest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Real HTTP calls to the service under test (or the gateway), as a frontend makes them. */
public final class ApiClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String baseUrl;
    private final String token;
    private final Map<String, String> headers;

    private ApiClient(String baseUrl, String token, Map<String, String> headers) {
        this.baseUrl = baseUrl;
        this.token = token;
        this.headers = headers;
    }

    public static ApiClient at(String baseUrl) {
        return new ApiClient(baseUrl, null, Map.of());
    }

    public static ApiClient onPort(int port) {
        return at("http://localhost:" + port);
    }

    public ApiClient as(String bearerToken) {
        return new ApiClient(baseUrl, bearerToken, headers);
    }

    public ApiClient withRequestId(String id) {
        return withHeader("X-Request-Id", id);
    }

    /** Every request of the returned client carries {@code Idempotency-Key: key}. */
    public ApiClient withIdempotencyKey(String key) {
        return withHeader("Idempotency-Key", key);
    }

    public ApiClient withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new ApiClient(baseUrl, token, Map.copyOf(more));
    }

    public Response get(String path) {
        return send(request(path).GET());
    }

    /** A GET asking for another representation, e.g. {@code text/plain} metrics or {@code text/csv}. */
    public Response get(String path, String accept) {
        return send(request(path).setHeader("Accept", accept).GET());
    }

    public Response post(String path, String jsonBody) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(jsonBody)));
    }

    public Response put(String path, String jsonBody) {
        return send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(jsonBody)));
    }

    public Response delete(String path) {
        return send(request(path).DELETE());
    }

    /** Any method with any body and content type, as a client that gets them wrong would send it. */
    public Response send(String method, String path, String contentType, String body) {
        return send(request(path).header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json, application/problem+json");
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        headers.forEach(builder::header);
        return builder;
    }

    private static Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Location"), response.body(), response.headers().map());
        } catch (IOException e) {
            throw new IllegalStateException("HTTP call failed: " + request.build().uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Status, content type, Location and body of a response, and all its headers; {@link #toString()} shows the
     * first four for failure messages.
     */
    public record Response(int status, String contentType, Optional<String> location, String body,
                           Map<String, List<String>> headers) {

        /** The first value of a response header, whatever its case. */
        public Optional<String> header(String name) {
            return headers.entrySet().stream().filter(entry -> entry.getKey().equalsIgnoreCase(name))
                    .flatMap(entry -> entry.getValue().stream()).findFirst();
        }

        public JsonNode json() {
            try {
                return body == null || body.isBlank() ? MissingNode.getInstance() : JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("Not JSON: " + this, e);
            }
        }

        @Override
        public String toString() {
            return status + " " + contentType + location.map(l -> " Location=" + l).orElse("") + " " + body;
        }
    }
}
