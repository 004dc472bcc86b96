package com.salesplatform.orders.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Real HTTP calls to the service under test with a bearer token and, where wanted, extra headers. */
public final class Http {

    private final TestRestTemplate http;

    public Http(TestRestTemplate http) {
        this.http = http;
    }

    public ResponseEntity<JsonNode> post(String path, String body, String token) {
        return post(path, body, token, Map.of());
    }

    public ResponseEntity<JsonNode> post(String path, String body, String token, Map<String, String> headers) {
        return http.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers(token, headers)), JsonNode.class);
    }

    public ResponseEntity<JsonNode> put(String path, String body, String token) {
        return http.exchange(path, HttpMethod.PUT, new HttpEntity<>(body, headers(token, Map.of())), JsonNode.class);
    }

    /** The body exactly as sent, to check how amounts are written. */
    public String rawBody(String path, String token) {
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers(token, Map.of())), String.class).getBody();
    }

    public ResponseEntity<JsonNode> get(String path, String token) {
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers(token, Map.of())), JsonNode.class);
    }

    private static HttpHeaders headers(String token, Map<String, String> extra) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set(HttpHeaders.AUTHORIZATION, "Bearer " + token);
        extra.forEach(headers::set);
        return headers;
    }
}
