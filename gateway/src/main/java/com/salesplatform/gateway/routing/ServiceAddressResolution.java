package com.salesplatform.gateway.routing;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.cloud.gateway.config.HttpClientCustomizer;
import org.springframework.stereotype.Component;
import reactor.netty.http.client.HttpClient;

/**
 * How long the gateway's HTTP client keeps a service's resolved address: at most
 * {@code GATEWAY_DNS_CACHE_MAX_TTL} (default 10 s), failed look-ups not at all. A container that restarts (docker
 * compose, podman) comes back under its name with a new address; with the resolver's defaults the gateway kept
 * sending to the old one and answered 503 for minutes after the service was healthy again. In Kubernetes a
 * Service's address does not change, so this costs one DNS query per service every few seconds at most.
 */
@Component
public class ServiceAddressResolution implements HttpClientCustomizer {

    private final Duration maxTimeToLive;

    public ServiceAddressResolution(@Value("${GATEWAY_DNS_CACHE_MAX_TTL:10s}") Duration maxTimeToLive) {
        this.maxTimeToLive = maxTimeToLive;
    }

    @Override
    public HttpClient customize(HttpClient httpClient) {
        return httpClient.resolver(spec -> spec
                .cacheMaxTimeToLive(maxTimeToLive)
                .cacheNegativeTimeToLive(Duration.ZERO));
    }
}
