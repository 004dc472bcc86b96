package com.salesplatform.gateway.ratelimit;

import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.gateway.support.ConfigurationService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

import com.salesplatform.gateway.sharedstate.SharedStateProperties;

/** The two limits, in memory or — when {@code SALES_REDIS_URL} is set — in Redis, shared by every replica. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RateLimitProperties.class)
class RateLimitConfiguration {

    @Bean
    RateLimiters rateLimiters(RateLimitProperties properties, ObjectProvider<ReactiveStringRedisTemplate> redis,
            ObjectProvider<SharedStateProperties> sharedState, ObjectProvider<RedisScript<List<Long>>> script,
            ConfigurationService configuration) {
        ReactiveStringRedisTemplate template = redis.getIfAvailable();
        if (template == null) {
            return new RateLimiters(new InMemoryRateLimiter("user", properties.perUser(), properties.maxKeys()),
                    new InMemoryRateLimiter("client-ip", properties.perClientIp(), properties.maxKeys()));
        }
        String prefix = sharedState.getObject().keyPrefix() + "rate-limit:";
        return new RateLimiters(
                new SharedRateLimiter("user", properties.perUser(), prefix, template, script.getObject(), configuration),
                new SharedRateLimiter("client-ip", properties.perClientIp(), prefix, template, script.getObject(),
                        configuration));
    }

    /** Every {@code /api/**} call per user, and the login endpoints per client address. */
    record RateLimiters(KeyedRateLimiter perUser, KeyedRateLimiter perClientIp) {
    }
}
