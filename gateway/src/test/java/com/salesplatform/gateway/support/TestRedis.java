package com.salesplatform.gateway.support;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import com.salesplatform.gateway.sharedstate.RedisConnectionConfiguration;
import com.salesplatform.gateway.sharedstate.SharedStateProperties;
import org.springframework.data.redis.core.Cursor;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.ScanOptions;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

/**
 * The real Redis on 127.0.0.1:6379 under a key prefix of its own for one test run. Each connection is a separate
 * client, as each gateway replica has its own. {@link #close()} deletes every key of the run and the clients.
 */
public final class TestRedis implements AutoCloseable {

    public static final String URL = "redis://127.0.0.1:6379";

    private final String keyPrefix = "gateway-test-" + UUID.randomUUID() + ":";
    private final List<LettuceConnectionFactory> factories = new CopyOnWriteArrayList<>();

    public String keyPrefix() {
        return keyPrefix;
    }

    public SharedStateProperties properties() {
        return new SharedStateProperties(URL, keyPrefix, Duration.ofSeconds(2));
    }

    /** A new client of this Redis. */
    public StringRedisTemplate connect() {
        return new StringRedisTemplate(factory(properties()));
    }

    public ReactiveStringRedisTemplate connectReactive() {
        return new ReactiveStringRedisTemplate(factory(properties()));
    }

    /** A client of a Redis that is down: nothing listens on the port. */
    public StringRedisTemplate connectToRedisThatIsDown() {
        return new StringRedisTemplate(factory(down()));
    }

    public ReactiveStringRedisTemplate connectReactiveToRedisThatIsDown() {
        return new ReactiveStringRedisTemplate(factory(down()));
    }

    /** How many keys of this run exist now. */
    public int keyCount() {
        return keys().size();
    }

    @Override
    public void close() {
        List<String> keys = keys();
        if (!keys.isEmpty()) {
            connect().delete(keys);
        }
        factories.forEach(LettuceConnectionFactory::destroy);
    }

    private List<String> keys() {
        StringRedisTemplate redis = connect();
        try (Cursor<String> cursor = redis.scan(ScanOptions.scanOptions().match("*" + keyPrefix + "*").count(1000)
                .build())) {
            return cursor.stream().toList();
        }
    }

    private SharedStateProperties down() {
        return new SharedStateProperties(DownstreamService.unreachableUrl().replace("http:", "redis:"), keyPrefix,
                Duration.ofMillis(500));
    }

    private LettuceConnectionFactory factory(SharedStateProperties properties) {
        LettuceConnectionFactory factory = RedisConnectionConfiguration.connectionFactory(properties);
        factory.afterPropertiesSet();
        factory.start();
        factories.add(factory);
        return factory;
    }
}
