package com.salesplatform.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Access tokens of the local profile's demo users, fetched once per run before the load starts: the gateway limits
 * {@code POST /api/auth/token} to 10 a minute per address, so virtual users share them.
 */
final class DemoUsers {

    static final String DEMO_TEAM = "5a1e5000-0000-4000-8000-000000000001";
    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

    private DemoUsers() {
    }

    /** The token handed in as {@code -Dbench.token.<user>} (benchmarks/run.sh signs in once per run), else a new one. */
    static String token(String gatewayUrl, String user) {
        String given = System.getProperty("bench.token." + user, "");
        return given.isBlank() ? signIn(gatewayUrl, user) : given;
    }

    private static String signIn(String gatewayUrl, String user) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(gatewayUrl + "/api/auth/token"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"username\":\"" + user + "\",\"password\":\"" + user + "\"}"))
                .build();
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
            Matcher token = ACCESS_TOKEN.matcher(response.body());
            if (response.statusCode() != 200 || !token.find()) {
                throw new IllegalStateException("no token for " + user + " from " + gatewayUrl + ": "
                        + response.statusCode() + " " + response.body());
            }
            return token.group(1);
        } catch (IOException e) {
            throw new IllegalStateException("the gateway at " + gatewayUrl + " does not answer (./run.sh start?)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
