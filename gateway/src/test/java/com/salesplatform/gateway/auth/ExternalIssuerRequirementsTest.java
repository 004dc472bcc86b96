package com.salesplatform.gateway.auth;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ExternalIssuerRequirementsTest {

    private static final AuthProperties.DemoUser DEMO_USER = new AuthProperties.DemoUser("admin",
            "$2a$10$e0Qne3aFDx3dJAyehZR.I.hNRq/AouGIFk5QGSySPtsR0nrwE.hz2", UUID.randomUUID(), List.of("ADMIN"), null);

    @Test
    void acceptsAnIssuerWithoutDemoUsers() {
        assertThatCode(() -> ExternalIssuerRequirements.verify("https://login.example.com/realms/sales", List.of()))
                .doesNotThrowAnyException();
    }

    @Test
    void refusesAMissingOrBlankIssuer() {
        for (String issuer : new String[] {null, "", "  "}) {
            assertThatThrownBy(() -> ExternalIssuerRequirements.verify(issuer, List.of()))
                    .isInstanceOf(InsecureConfigurationException.class)
                    .hasMessageContaining("spring.security.oauth2.resourceserver.jwt.issuer-uri");
        }
    }

    @Test
    void refusesDemoUsers() {
        assertThatThrownBy(() -> ExternalIssuerRequirements.verify("https://login.example.com", List.of(DEMO_USER)))
                .isInstanceOf(InsecureConfigurationException.class)
                .hasMessageContaining("1 demo user(s)");
    }

    @Test
    void theFailureAnalysisSaysWhatIsWrongAndWhatToDo() {
        InsecureConfigurationException exception = new InsecureConfigurationException("what is wrong", "what to do");

        FailureAnalysis analysis = new InsecureConfigurationFailureAnalyzer()
                .analyze(new IllegalStateException("wrapped", exception));

        assertThat(analysis.getDescription()).isEqualTo("what is wrong");
        assertThat(analysis.getAction()).isEqualTo("what to do");
    }
}
