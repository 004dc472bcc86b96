package com.salesplatform.platform.config;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.mock.env.MockEnvironment;

class LocalProfileTest {

    @ParameterizedTest
    @ValueSource(strings = {"local,kubernetes", "kubernetes,local", "local,production", "production", ""})
    void aDemoSettingRefusesAnyProfileButLocalAlone(String profiles) {
        assertThatThrownBy(() -> LocalProfile.requireAlone(environment(profiles), "the demo key", "set KEY"))
                .isInstanceOf(InsecureConfigurationException.class)
                .hasMessageContaining("the demo key is for the 'local' profile alone")
                .hasMessageContaining("the active profiles are [" + profiles.replace(",", ", ") + "]")
                .extracting(failure -> ((InsecureConfigurationException) failure).getAction()).asString()
                .contains("SPRING_PROFILES_ACTIVE=local alone", "set KEY");
    }

    @Test
    void acceptsTheLocalProfileAlone() {
        assertThatCode(() -> LocalProfile.requireAlone(environment("local"), "the demo key", "set KEY"))
                .doesNotThrowAnyException();
    }

    private static MockEnvironment environment(String profiles) {
        MockEnvironment environment = new MockEnvironment();
        environment.setActiveProfiles(profiles.isEmpty() ? new String[0] : profiles.split(","));
        return environment;
    }
}
