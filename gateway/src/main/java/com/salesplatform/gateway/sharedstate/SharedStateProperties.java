package com.salesplatform.gateway.sharedstate;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code sales.gateway.shared-state.*}: where the gateway keeps its state (rate-limit counts, refresh tokens,
 * lock-outs). Without a Redis URL ({@code SALES_REDIS_URL}) in this gateway's memory — right for one local
 * gateway; with it, in that Redis, shared by every gateway replica.
 *
 * @param redisUrl  {@code redis://[user:password@]host:port[/database]} or {@code rediss://...}; blank = in memory
 * @param keyPrefix the start of every key the gateway writes, so several platforms (or test runs) share a Redis
 * @param timeout   how long a Redis command or connect may take before it counts as Redis being down
 */
@ConfigurationProperties("sales.gateway.shared-state")
public record SharedStateProperties(
        @DefaultValue("") String redisUrl,
        @DefaultValue("sales-gateway:") String keyPrefix,
        @DefaultValue("1s") Duration timeout) {
}
