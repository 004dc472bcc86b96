package com.salesplatform.gateway.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesplatform.gateway.auth.AuthProperties;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** The seeder exists only in the local profile with {@code sales.demo-data.enabled=true} (its default is off). */
class DemoDataSwitchTest {

    private final ApplicationContextRunner contexts = new ApplicationContextRunner()
            .withUserConfiguration(Auth.class, DemoDataRunner.class);

    @Test
    void localProfileWithTheSwitchOnSeeds() {
        contexts.withPropertyValues("spring.profiles.active=local", "sales.demo-data.enabled=true")
                .run(context -> assertThat(context).hasSingleBean(DemoDataRunner.class));
    }

    @Test
    void localProfileWithoutTheSwitchDoesNot() {
        contexts.withPropertyValues("spring.profiles.active=local")
                .run(context -> assertThat(context).doesNotHaveBean(DemoDataRunner.class));
        contexts.withPropertyValues("spring.profiles.active=local", "sales.demo-data.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean(DemoDataRunner.class));
    }

    @Test
    void anotherProfileNeverSeeds() {
        contexts.withPropertyValues("spring.profiles.active=prod", "sales.demo-data.enabled=true")
                .run(context -> assertThat(context).doesNotHaveBean(DemoDataRunner.class));
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(AuthProperties.class)
    static class Auth {
    }
}
