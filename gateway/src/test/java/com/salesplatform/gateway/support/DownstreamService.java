package com.salesplatform.gateway.support;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A real HTTP server standing in for one of the platform's services: it records every request it receives and
 * answers {@code 200 {"service":..., "method":..., "path":...}} — or {@code 404 problem+json} for a path ending
 * in {@code /missing}. A "hanging" one never answers until it is closed.
 */
public final class DownstreamService implements AutoCloseable {

    private final String name;
    private final int port;
    private volatile HttpServer server;
    private final ExecutorService executor;
    private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
    private final CountDownLatch released = new CountDownLatch(1);
    private final boolean hanging;

    private DownstreamService(String name, boolean hanging) throws IOException {
        this.name = name;
        this.hanging = hanging;
        this.executor = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "downstream-" + name);
            thread.setDaemon(true);
            return thread;
        });
        this.server = listen(0);
        this.port = server.getAddress().getPort();
    }

    private HttpServer listen(int onPort) throws IOException {
        HttpServer listening = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), onPort), 0);
        listening.setExecutor(executor);
        listening.createContext("/", this::handle);
        listening.start();
        return listening;
    }

    /** Stops listening: calls now fail to connect, as to a service that is down. */
    public void stop() {
        server.stop(0);
    }

    /** Listens again on the same port, as a service that came back. */
    public void restart() {
        try {
            server = listen(port);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot restart the stand-in for " + name + " on port " + port, e);
        }
    }

    /** How many requests this service received. */
    public int requestCount() {
        return requests.size();
    }

    public static DownstreamService start(String name) {
        return create(name, false);
    }

    /** A service that accepts connections but does not answer (until closed). */
    public static DownstreamService startHanging(String name) {
        return create(name, true);
    }

    /** A base URL where nothing listens: a port that was free a moment ago. */
    public static String unreachableUrl() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return "http://127.0.0.1:" + socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static DownstreamService create(String name, boolean hanging) {
        try {
            return new DownstreamService(name, hanging);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start the stand-in for " + name, e);
        }
    }

    public String name() {
        return name;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** The request this service received with the given {@code X-Request-Id}, if any. */
    public Optional<RecordedRequest> requestWithId(String requestId) {
        return requests.stream().filter(r -> requestId.equals(r.header("X-Request-Id"))).findFirst();
    }

    @Override
    public void close() {
        released.countDown();
        server.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            exchange.getRequestBody().readAllBytes();
            Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            exchange.getRequestHeaders().forEach((key, values) -> headers.put(key, String.join(",", values)));
            String path = exchange.getRequestURI().getRawPath();
            String query = exchange.getRequestURI().getRawQuery();
            requests.add(new RecordedRequest(exchange.getRequestMethod(), path, query, headers));
            if (hanging) {
                released.await(1, TimeUnit.MINUTES);
                return;
            }
            boolean missing = path.endsWith("/missing");
            String body = path.equals("/v3/api-docs") ? openApiDocument()
                    : missing
                    ? "{\"type\":\"about:blank\",\"title\":\"Not Found\",\"status\":404,\"service\":\"" + name + "\"}"
                    : "{\"service\":\"" + name + "\",\"method\":\"" + exchange.getRequestMethod() + "\",\"path\":\""
                            + path + "\"}";
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type",
                    missing ? "application/problem+json" : "application/json");
            exchange.sendResponseHeaders(missing ? 404 : 200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * A service's OpenAPI document in the platform's style: one operation of its own, the shared Problem schema,
     * and an {@code ExampleView} that differs per service (the merge must rename it).
     */
    private String openApiDocument() {
        return ("{\"openapi\":\"3.1.0\",\"info\":{\"title\":\"%1$s\",\"version\":\"0.1.0\"},"
                + "\"paths\":{\"/api/%1$s/examples\":{\"get\":{\"operationId\":\"exampleList\","
                + "\"tags\":[\"%1$s\"],\"responses\":{\"200\":{\"description\":\"OK\",\"content\":"
                + "{\"application/json\":{\"schema\":{\"$ref\":\"#/components/schemas/ExampleView\"}}}}}}}},"
                + "\"components\":{\"schemas\":{\"Problem\":{\"type\":\"object\"},\"ExampleView\":"
                + "{\"type\":\"object\",\"description\":\"%1$s\"}}}}").formatted(name);
    }

    /** What the service saw: method, raw path and query, headers (case-insensitive names). */
    public record RecordedRequest(String method, String path, String query, Map<String, String> headers) {

        public String header(String headerName) {
            return headers.get(headerName);
        }
    }
}
