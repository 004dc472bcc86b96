package com.salesplatform.platform.config;

import java.io.IOException;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.io.ClassPathResource;

/**
 * The settings every service shares (Kafka reliability, Axon serialisation, actuator, JSON strictness...) from
 * {@code platform-defaults.yml}, with the lowest precedence: a service's application.yml or the environment
 * overrides any of them.
 */
public class PlatformDefaults implements EnvironmentPostProcessor {

    /** Axon's update checker reports usage to AxonIQ over the internet; a sales system does not phone home. */
    static final String AXON_UPDATE_CHECKER_DISABLED = "axoniq.update-checker.disabled";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (System.getProperty(AXON_UPDATE_CHECKER_DISABLED) == null) {
            System.setProperty(AXON_UPDATE_CHECKER_DISABLED, "true");
        }
        try {
            new YamlPropertySourceLoader()
                    .load("platform-defaults", new ClassPathResource("platform-defaults.yml"))
                    .forEach(environment.getPropertySources()::addLast);
        } catch (IOException e) {
            throw new IllegalStateException("platform-defaults.yml is unreadable", e);
        }
    }
}
