package com.salesplatform.platform.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class PlatformPropertiesTest {

    @Test
    void aSingleSettingLeavesTheOthersAtTheirDefaults() {
        var source = new MapConfigurationPropertySource(Map.of(
                "sales.platform.context", "orders",
                "sales.platform.publisher.replicas", "3"));

        PlatformProperties properties = new Binder(source).bind("sales.platform", PlatformProperties.class).get();

        assertThat(properties.topic()).isEqualTo("sales.orders.events");
        assertThat(properties.publisher().replicas()).isEqualTo((short) 3);
        assertThat(properties.publisher().enabled()).isTrue();
        assertThat(properties.publisher().partitions()).isEqualTo(3);
        assertThat(properties.publisher().ackTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(properties.consumer().maxAttempts()).isEqualTo(3);
        assertThat(properties.consumer().backOff()).isEqualTo(Duration.ofMillis(500));
        assertThat(properties.idempotency().retention()).isEqualTo(Duration.ofHours(24));
        assertThat(properties.idempotency().purgeInterval()).isEqualTo(Duration.ofHours(1));
    }
}
