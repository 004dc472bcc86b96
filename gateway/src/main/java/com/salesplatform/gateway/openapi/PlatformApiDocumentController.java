package com.salesplatform.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.Hidden;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * {@code GET /v3/api-docs}: the platform's one OpenAPI document, merged from the gateway's own
 * ({@code /v3/api-docs/gateway}) and each service's, fetched through the gateway's own routes so that a client
 * sees exactly what it can call. Kept for {@code sales.gateway.api-docs.cache-for}; if any document cannot be
 * fetched the answer is 503, never a document with operations missing.
 */
@Hidden
@RestController
@ConditionalOnProperty(name = "springdoc.api-docs.enabled", matchIfMissing = true)
@EnableConfigurationProperties(ApiDocumentProperties.class)
class PlatformApiDocumentController {

    static final String GATEWAY_DOCUMENT = "/v3/api-docs/gateway";

    private final ApiDocumentProperties properties;
    private final ApiDocumentMerger merger;
    private final WebClient client;
    private final Clock clock;
    private final AtomicReference<Cached> cached = new AtomicReference<>();

    PlatformApiDocumentController(ApiDocumentProperties properties, WebClient.Builder clients,
                                  @Value("${info.app.version:0.1.0}") String version) {
        this.properties = properties;
        this.merger = new ApiDocumentMerger("Sales platform API", version);
        this.client = clients.build();
        this.clock = Clock.systemUTC();
    }

    @GetMapping(value = "/v3/api-docs", produces = MediaType.APPLICATION_JSON_VALUE)
    Mono<JsonNode> platformDocument(ServerWebExchange exchange) {
        Cached current = cached.get();
        if (current != null && current.until().isAfter(clock.instant())) {
            return Mono.just(current.document());
        }
        InetSocketAddress self = exchange.getRequest().getLocalAddress();
        String base = "http://" + (self == null ? "127.0.0.1:8080" : self.getHostString() + ":" + self.getPort());
        Map<String, String> sources = new LinkedHashMap<>();
        properties.services().forEach(service -> sources.put(service, "/v3/api-docs/" + service));
        sources.put("gateway", GATEWAY_DOCUMENT);
        // all at once: each service builds its document on the first request, which takes seconds
        return Flux.fromIterable(sources.entrySet())
                .flatMapSequential(source -> fetch(base, source.getKey(), source.getValue()))
                .collectList()
                .map(this::mergeAndKeep);
    }

    private Mono<Map.Entry<String, JsonNode>> fetch(String base, String name, String path) {
        return client.get().uri(base + path).accept(MediaType.APPLICATION_JSON)
                .retrieve().bodyToMono(JsonNode.class)
                .filter(document -> document.has("openapi") && document.has("paths"))
                .switchIfEmpty(Mono.error(() -> new IllegalStateException("not an OpenAPI document")))
                .map(document -> Map.entry(name, document))
                // a service builds its document on the first request, which may outlast the gateway's time limit
                .retryWhen(Retry.backoff(2, Duration.ofSeconds(1)))
                .onErrorMap(failure -> new ApiDocumentUnavailableException(name, failure));
    }

    private JsonNode mergeAndKeep(List<Map.Entry<String, JsonNode>> documents) {
        Map<String, JsonNode> ordered = new LinkedHashMap<>();
        documents.forEach(document -> ordered.put(document.getKey(), document.getValue()));
        JsonNode merged = merger.merge(ordered);
        cached.set(new Cached(merged, clock.instant().plus(properties.cacheFor())));
        return merged;
    }

    private record Cached(JsonNode document, Instant until) {
    }
}
