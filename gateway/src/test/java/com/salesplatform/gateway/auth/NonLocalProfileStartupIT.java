package com.salesplatform.gateway.auth;

import java.time.Duration;
import java.util.stream.Stream;

import com.salesplatform.gateway.GatewayApplication;
import com.salesplatform.gateway.auth.local.LocalSigningKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.reactive.context.ReactiveWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.http.MediaType;
import org.springframework.http.client.ReactorResourceFactory;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Outside the {@code local} profile the gateway trusts an external OpenID Connect issuer only: it refuses to
 * start without one or with demo users, and has no token endpoint and no signing key. The {@code local} profile
 * combined with any other refuses to start too.
 */
@ExtendWith(OutputCaptureExtension.class)
class NonLocalProfileStartupIT {

    private static final String ISSUER = "--spring.security.oauth2.resourceserver.jwt.issuer-uri="
            + "http://127.0.0.1:9/realms/sales";

    @Test
    void refusesToStartWithoutAnIssuer(CapturedOutput output) {
        Throwable failure = catchThrowable(() -> start());

        assertThat(NestedExceptionUtils.getMostSpecificCause(failure))
                .isInstanceOf(InsecureConfigurationException.class)
                .hasMessageContaining("no OpenID Connect issuer is configured");
        assertThat(output.getOut())
                .contains("APPLICATION FAILED TO START")
                .contains("The gateway refuses to start: no OpenID Connect issuer is configured")
                .contains("Set OIDC_ISSUER_URI");
    }

    @Test
    void refusesToStartWithDemoUsersEvenWithAnIssuer(CapturedOutput output) {
        Throwable failure = catchThrowable(() -> start(ISSUER,
                "--sales.auth.demo-users[0].username=admin",
                "--sales.auth.demo-users[0].password-hash=$2a$10$e0Qne3aFDx3dJAyehZR.I.hNRq/AouGIFk5QGSySPtsR0nrwE.hz2",
                "--sales.auth.demo-users[0].subject=5a1e5000-0000-4000-8000-0000000000a1",
                "--sales.auth.demo-users[0].roles[0]=ADMIN"));

        assertThat(NestedExceptionUtils.getMostSpecificCause(failure))
                .isInstanceOf(InsecureConfigurationException.class)
                .hasMessageContaining("demo user(s) are configured");
        assertThat(output.getOut())
                .contains("APPLICATION FAILED TO START")
                .contains("Remove sales.auth.demo-users");
    }

    @ParameterizedTest
    @ValueSource(strings = {"local,kubernetes", "kubernetes,local", "local,production", "local,dev"})
    void refusesToStartWithTheLocalProfileCombinedWithAnyOther(String profiles, CapturedOutput output) {
        Throwable failure = catchThrowable(() -> startWithProfiles(profiles.split(","), ISSUER));

        assertThat(NestedExceptionUtils.getMostSpecificCause(failure))
                .isInstanceOf(InsecureConfigurationException.class)
                .hasMessageContaining("the 'local' profile")
                .hasMessageContaining("combines with no other profile");
        assertThat(output.getOut())
                .contains("APPLICATION FAILED TO START")
                .contains("Run with SPRING_PROFILES_ACTIVE=local alone");
    }

    @Test
    void startsWithAnExternalIssuerAndOffersNoLocalTokens() {
        try (ConfigurableApplicationContext context = start(ISSUER)) {
            assertThat(context.getBeansOfType(LocalSigningKey.class)).isEmpty();
            assertThat(context.getBeansOfType(ReactiveJwtDecoder.class)).hasSize(1);

            int port = ((ReactiveWebServerApplicationContext) context).getWebServer().getPort();
            WebTestClient client = WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port)
                    .responseTimeout(Duration.ofSeconds(20)).build();
            client.post().uri("/api/auth/token")
                    .contentType(MediaType.APPLICATION_JSON)
                    .bodyValue("{\"username\":\"admin\",\"password\":\"admin\"}")
                    .exchange()
                    .expectStatus().isNotFound();
            client.get().uri("/.well-known/jwks.json").exchange().expectStatus().isNotFound();
            client.get().uri("/api/targets").exchange()
                    .expectStatus().isUnauthorized()
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
            client.get().uri("/livez").exchange().expectStatus().isOk();
        }
    }

    private static ConfigurableApplicationContext start(String... arguments) {
        return startWithProfiles(new String[] {"production"}, arguments);
    }

    private static ConfigurableApplicationContext startWithProfiles(String[] profiles, String... arguments) {
        String[] args = Stream.concat(
                Stream.of("--server.port=0", "--management.server.port=", "--spring.main.banner-mode=off"),
                Stream.of(arguments)).toArray(String[]::new);
        return new SpringApplicationBuilder(GatewayApplication.class)
                .profiles(profiles)
                .initializers(NonLocalProfileStartupIT::usePrivateNettyResources)
                .run(args);
    }

    /**
     * Closing an application that uses Reactor Netty's global resources disposes them, under the feet of the
     * cached test contexts in this JVM that still use them; these short-lived applications get their own.
     */
    private static void usePrivateNettyResources(ConfigurableApplicationContext context) {
        ((GenericApplicationContext) context).registerBean("reactorResourceFactory", ReactorResourceFactory.class,
                () -> {
                    ReactorResourceFactory factory = new ReactorResourceFactory();
                    factory.setUseGlobalResources(false);
                    return factory;
                });
    }
}
