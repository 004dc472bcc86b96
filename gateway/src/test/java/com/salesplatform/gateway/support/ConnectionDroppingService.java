package com.salesplatform.gateway.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A raw HTTP/1.1 server that counts the requests it reads and, while told to, fails after reading a request
 * instead of answering — the failures of a service that crashes (or a network that breaks) after it got the
 * request: the connection closed, reset, or left without an answer. Otherwise it answers
 * {@code 200 {"attempt": n}} and closes the connection.
 * <p>
 * Like the services (platform idempotency), it honours {@code Idempotency-Key}: the first request with a key is
 * stored as attempt n — even when its answer is then lost — and a later request with the same key gets that
 * attempt's answer again with {@code Idempotent-Replayed: true}, storing nothing.
 */
public final class ConnectionDroppingService implements AutoCloseable {

    /** How a request is failed after it was read. */
    public enum Failure {
        /** Close the connection without an answer (FIN). */
        CLOSE,
        /** Reset the connection without an answer (RST). */
        RESET,
        /** Keep the connection open and never answer, until the client gives up. */
        HANG
    }

    private final ServerSocket socket;
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicInteger stored = new AtomicInteger();
    private final AtomicInteger toFail = new AtomicInteger();
    private final AtomicReference<Failure> failure = new AtomicReference<>(Failure.CLOSE);
    private final Map<String, Integer> attemptByKey = new ConcurrentHashMap<>();

    public ConnectionDroppingService() {
        try {
            socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        Thread acceptor = new Thread(this::acceptLoop, "connection-dropping-service");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + socket.getLocalPort();
    }

    /** The next {@code count} requests are read and then their connection is closed without an answer. */
    public void dropNext(int count) {
        failNext(count, Failure.CLOSE);
    }

    /** The next {@code count} requests are read (and stored) and then failed the given way. */
    public void failNext(int count, Failure how) {
        failure.set(how);
        toFail.set(count);
    }

    public int requestCount() {
        return requests.get();
    }

    /** How many requests took effect (each new request; a replayed Idempotency-Key does not count). */
    public int storedCount() {
        return stored.get();
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing anyway
        }
    }

    private void acceptLoop() {
        while (!socket.isClosed()) {
            try {
                Socket connection = socket.accept();
                Thread handler = new Thread(() -> serveAndClose(connection), "connection-dropping-service-request");
                handler.setDaemon(true);
                handler.start();
            } catch (IOException closed) {
                // the end: the socket was closed
            }
        }
    }

    private void serveAndClose(Socket connection) {
        try (connection) {
            serve(connection);
        } catch (IOException broken) {
            // the client went away
        }
    }

    private void serve(Socket connection) throws IOException {
        InputStream in = connection.getInputStream();
        Head head = readHead(in);
        in.readNBytes(Math.max(0, head.contentLength()));
        requests.incrementAndGet();
        Integer replayed = head.idempotencyKey() == null ? null : attemptByKey.get(head.idempotencyKey());
        int attempt = replayed != null ? replayed : stored.incrementAndGet();
        if (replayed == null && head.idempotencyKey() != null) {
            attemptByKey.put(head.idempotencyKey(), attempt);
        }
        if (toFail.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            fail(connection, in);
            return;
        }
        byte[] body = ("{\"attempt\":" + attempt + "}").getBytes(StandardCharsets.UTF_8);
        OutputStream out = connection.getOutputStream();
        out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + body.length
                + (replayed != null ? "\r\nIdempotent-Replayed: true" : "")
                + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(body);
        out.flush();
    }

    private void fail(Socket connection, InputStream in) throws IOException {
        switch (failure.get()) {
            case CLOSE -> {
                // closed by the caller's try-with-resources
            }
            case RESET -> connection.setSoLinger(true, 0);
            case HANG -> {
                while (in.read() >= 0) {
                    // nothing is sent; wait until the client closes the connection
                }
            }
        }
    }

    /** Reads the request line and headers. */
    private static Head readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        byte[] end = {'\r', '\n', '\r', '\n'};
        while (matched < end.length) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("connection closed in the request head");
            }
            head.write(b);
            matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
        }
        int contentLength = 0;
        String idempotencyKey = null;
        for (String line : head.toString(StandardCharsets.US_ASCII).split("\r\n")) {
            String lower = line.toLowerCase(Locale.ROOT);
            if (lower.startsWith("content-length:")) {
                contentLength = Integer.parseInt(line.substring("content-length:".length()).trim());
            } else if (lower.startsWith("idempotency-key:")) {
                idempotencyKey = line.substring("idempotency-key:".length()).trim();
            }
        }
        return new Head(contentLength, idempotencyKey);
    }

    private record Head(int contentLength, String idempotencyKey) {
    }
}
