package com.salesplatform.gateway.edge;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import com.salesplatform.gateway.support.DownstreamService.RecordedRequest;
import com.salesplatform.gateway.support.LocalGatewayTestBase;
import com.salesplatform.gateway.tracing.TraceParent;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Flux;

import static org.assertj.core.api.Assertions.assertThat;

/** Body size limit, security headers, CORS for the frontends and W3C trace-context propagation. */
class HttpHardeningIT extends LocalGatewayTestBase {

    private static final int ONE_MIB = 1024 * 1024;

    @Autowired
    private CircuitBreakerRegistry circuitBreakers;

    private String token;

    @BeforeEach
    void logIn() {
        token = tokenFor("rep1");
    }

    @Test
    void aBodyOverOneMebibyteIsRefusedWith413AndNeverForwarded() {
        String requestId = newRequestId();
        client.post().uri("/api/customers/leads")
                .headers(headers -> headers.setBearerAuth(token))
                .header("X-Request-Id", requestId)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(jsonOfSize(ONE_MIB + 1))
                .exchange()
                .expectStatus().isEqualTo(413)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://sales-platform.dev/problems/payload-too-large")
                .jsonPath("$.status").isEqualTo(413)
                .jsonPath("$.instance").isEqualTo("/api/customers/leads");

        assertThat(SERVICES.get("customer-service").requestWithId(requestId)).isEmpty();
    }

    @Test
    void aChunkedBodyOverTheLimitIsRefusedWith413WithoutCountingAgainstTheServicesCircuit() {
        CircuitBreaker.Metrics circuit = circuitBreakers.circuitBreaker("customer-service").getMetrics();
        int failuresBefore = circuit.getNumberOfFailedCalls();
        DefaultDataBufferFactory buffers = DefaultDataBufferFactory.sharedInstance;
        Flux<DataBuffer> chunks = Flux.range(0, 20).map(i -> buffers.wrap(new byte[128 * 1024]));
        client.post().uri("/api/customers/leads")
                .headers(headers -> headers.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .body(chunks, DataBuffer.class)
                .exchange()
                .expectStatus().isEqualTo(413)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("https://sales-platform.dev/problems/payload-too-large");

        assertThat(circuit.getNumberOfFailedCalls()).isEqualTo(failuresBefore);
    }

    @Test
    void aBodyOfExactlyOneMebibyteIsForwarded() {
        client.post().uri("/api/customers/leads")
                .headers(headers -> headers.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(jsonOfSize(ONE_MIB))
                .exchange()
                .expectStatus().isOk();
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void everyAnswerCarriesTheSecurityHeaders(boolean authenticated) {
        client.get().uri("/api/targets/1")
                .headers(headers -> {
                    if (authenticated) {
                        headers.setBearerAuth(token);
                    }
                })
                .exchange()
                .expectStatus().value(status -> assertThat(status).isEqualTo(authenticated ? 200 : 401))
                .expectHeader().valueEquals("X-Content-Type-Options", "nosniff")
                .expectHeader().valueEquals("X-Frame-Options", "DENY")
                .expectHeader().valueEquals("Content-Security-Policy", "frame-ancestors 'none'")
                .expectHeader().valueEquals("Referrer-Policy", "no-referrer")
                // plain http here: HSTS is only sent over https
                .expectHeader().doesNotExist("Strict-Transport-Security");
    }

    @Test
    void aPreflightFromTheFrontendOriginIsAllowed() {
        client.options().uri("/api/customers/leads")
                .header(HttpHeaders.ORIGIN, FRONTEND_ORIGIN)
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, "authorization,content-type,x-request-id")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, FRONTEND_ORIGIN)
                .expectHeader().value(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, methods -> assertThat(methods).contains("POST"))
                .expectHeader().value(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS,
                        headers -> assertThat(headers.toLowerCase()).contains("authorization", "content-type"))
                .expectHeader().valueEquals(HttpHeaders.ACCESS_CONTROL_MAX_AGE, "3600");
    }

    @Test
    void aPreflightFromAnotherOriginIsRefused() {
        client.options().uri("/api/customers/leads")
                .header(HttpHeaders.ORIGIN, "https://evil.example")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
                .exchange()
                .expectStatus().isForbidden()
                .expectHeader().doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN);
    }

    @Test
    void anApiAnswerToTheFrontendOriginAllowsItToReadTheRequestId() {
        client.get().uri("/api/targets/1")
                .headers(headers -> headers.setBearerAuth(token))
                .header(HttpHeaders.ORIGIN, FRONTEND_ORIGIN)
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, FRONTEND_ORIGIN)
                .expectHeader().value(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS,
                        exposed -> assertThat(exposed).contains("X-Request-Id", "Retry-After", "Idempotent-Replayed"));
    }

    @Test
    void aValidTraceparentIsForwardedUnchangedWithItsTracestate() {
        String traceparent = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
        RecordedRequest received = callTargets(HttpMethod.GET, traceparent, "vendor=abc");

        assertThat(received.header("traceparent")).isEqualTo(traceparent);
        assertThat(received.header("tracestate")).isEqualTo("vendor=abc");
    }

    @Test
    void aTraceIsStartedWhenTheClientSentNone() {
        RecordedRequest received = callTargets(HttpMethod.GET, null, null);

        assertThat(TraceParent.isValid(received.header("traceparent"))).isTrue();
    }

    @Test
    void aMalformedTraceparentIsReplacedAndItsTracestateDropped() {
        String malformed = "00-00000000000000000000000000000000-00f067aa0ba902b7-01";
        RecordedRequest received = callTargets(HttpMethod.GET, malformed, "vendor=abc");

        assertThat(received.header("traceparent")).isNotEqualTo(malformed);
        assertThat(TraceParent.isValid(received.header("traceparent"))).isTrue();
        assertThat(received.header("tracestate")).isNull();
    }

    private RecordedRequest callTargets(HttpMethod method, String traceparent, String tracestate) {
        String requestId = newRequestId();
        WebTestClient.RequestBodySpec request = client.method(method).uri("/api/targets/1")
                .headers(headers -> headers.setBearerAuth(token))
                .header("X-Request-Id", requestId);
        if (traceparent != null) {
            request.header("traceparent", traceparent);
        }
        if (tracestate != null) {
            request.header("tracestate", tracestate);
        }
        request.exchange().expectStatus().isOk();
        return SERVICES.get("targets-service").requestWithId(requestId).orElseThrow();
    }

    private static byte[] jsonOfSize(int size) {
        byte[] json = new byte[size];
        Arrays.fill(json, (byte) 'a');
        byte[] open = "{\"note\":\"".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(open, 0, json, 0, open.length);
        json[size - 2] = '"';
        json[size - 1] = '}';
        return json;
    }
}
