package com.salesplatform.gateway.canonicalpath;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class CanonicalPathsTest {

    @ParameterizedTest
    @ValueSource(strings = {"/", "/api/customers", "/api/customers/", "/api/reps/5a1e/training-record",
            "/api/knowledge/caf%C3%A9", "/api/knowledge/a%20b", "/v3/api-docs/targets-service", "/actuator/health"})
    void acceptsCanonicalPaths(String path) {
        assertThat(CanonicalPaths.violation(path)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/%61pi/customers", "/api/auth/%74oken", "/api/auth/%54oken", "/api/customers%2Dx",
            "/api/%7Ecustomers", "/api/customers/%2e%2e/targets", "/api%2Fcustomers", "/api%2fcustomers",
            "/api/x%5Cy", "/api/x%252e", "//api/customers", "/api//customers", "/api/./customers",
            "/api/customers/..", "/api/x/../auth/token", "/api/customers;jsessionid=1", "/api/auth/token;x",
            "/api/x%", "/api/x%4", "/api/x%zz", "api/customers", ""})
    void refusesEveryOtherSpelling(String path) {
        assertThat(CanonicalPaths.violation(path)).isPresent();
    }
}
