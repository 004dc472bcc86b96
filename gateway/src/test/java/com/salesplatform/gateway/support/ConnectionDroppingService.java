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
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A raw HTTP/1.1 server that counts the requests it reads and, while told to, closes the connection after reading
 * a request instead of answering — the connection failure a crashing service or a broken network gives. Otherwise
 * it answers {@code 200 {"attempt": n}} and closes the connection.
 */
public final class ConnectionDroppingService implements AutoCloseable {

    private final ServerSocket socket;
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicInteger toDrop = new AtomicInteger();
    private final Thread acceptor;

    public ConnectionDroppingService() {
        try {
            socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        acceptor = new Thread(this::acceptLoop, "connection-dropping-service");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + socket.getLocalPort();
    }

    /** The next {@code count} requests are read and then their connection is closed without an answer. */
    public void dropNext(int count) {
        toDrop.set(count);
    }

    public int requestCount() {
        return requests.get();
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
            try (Socket connection = socket.accept()) {
                serve(connection);
            } catch (IOException closedOrBroken) {
                // next connection, or the end when the socket was closed
            }
        }
    }

    private void serve(Socket connection) throws IOException {
        InputStream in = connection.getInputStream();
        int contentLength = readHeaders(in);
        in.readNBytes(Math.max(0, contentLength));
        int attempt = requests.incrementAndGet();
        if (toDrop.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            return;
        }
        byte[] body = ("{\"attempt\":" + attempt + "}").getBytes(StandardCharsets.UTF_8);
        OutputStream out = connection.getOutputStream();
        out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + body.length
                + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(body);
        out.flush();
    }

    /** Reads the request line and headers; returns the Content-Length (0 when absent). */
    private static int readHeaders(InputStream in) throws IOException {
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
        for (String line : head.toString(StandardCharsets.US_ASCII).split("\r\n")) {
            if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                contentLength = Integer.parseInt(line.substring("content-length:".length()).trim());
            }
        }
        return contentLength;
    }
}
