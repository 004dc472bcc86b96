package com.salesplatform.gateway.sharedstate;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.SocketOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.lettuce.LettuceClientConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * The connection to the Redis that holds the gateway's shared state, only when {@code SALES_REDIS_URL} is set
 * (Spring Boot's own Redis auto-configuration is excluded, so an in-memory gateway opens no connection). While
 * Redis is unreachable commands fail at once instead of queueing: every caller decides what a failure means
 * (docs/gateway.md, "Shared state").
 */
@Configuration(proxyBeanMethods = false)
@Conditional(SharedStateInRedis.class)
@EnableConfigurationProperties(SharedStateProperties.class)
public class RedisConnectionConfiguration {

    private static final Logger log = LoggerFactory.getLogger(RedisConnectionConfiguration.class);

    @Bean
    LettuceConnectionFactory redisConnectionFactory(SharedStateProperties properties) {
        log.info("Gateway state (rate limits, refresh tokens, lock-outs) is shared in Redis under key prefix '{}'",
                properties.keyPrefix());
        return connectionFactory(properties);
    }

    @Bean
    StringRedisTemplate stringRedisTemplate(LettuceConnectionFactory connectionFactory) {
        return new StringRedisTemplate(connectionFactory);
    }

    @Bean
    ReactiveStringRedisTemplate reactiveStringRedisTemplate(LettuceConnectionFactory connectionFactory) {
        return new ReactiveStringRedisTemplate(connectionFactory);
    }

    /** A connection factory for the configured Redis, not yet started (tests make several, as several gateways would). */
    public static LettuceConnectionFactory connectionFactory(SharedStateProperties properties) {
        LettuceClientConfiguration.LettuceClientConfigurationBuilder client = LettuceClientConfiguration.builder()
                .commandTimeout(properties.timeout())
                .clientOptions(ClientOptions.builder()
                        .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                        .socketOptions(SocketOptions.builder().connectTimeout(properties.timeout()).build())
                        .build());
        if (properties.redisUrl().startsWith("rediss:")) {
            client.useSsl();
        }
        return new LettuceConnectionFactory(
                LettuceConnectionFactory.createRedisConfiguration(properties.redisUrl()), client.build());
    }
}
