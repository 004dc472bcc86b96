package com.salesplatform.customers.personaldata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.salesplatform.platform.config.InsecureConfigurationException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.NestedExceptionUtils;

/**
 * The personal-data keys as the service reads them at startup, with its real configuration files (application.yml,
 * application-local.yml; the tests' keys in config/application.yml): no key or a malformed one, and the demo keys
 * anywhere but with the local profile alone, stop the start with what to change.
 */
@ExtendWith(OutputCaptureExtension.class)
class PersonalDataKeysStartupTest {

    private static final String DEMO = "local-demo:Bo9iuKmrxOfJhM39FpXURSuqpUnDhttEI4LZgiBOrdk=";

    @Test
    void refusesToStartWithoutAKeyEncryptionKey(CapturedOutput output) {
        assertRefused(catchThrowable(() -> start("production", "--sales.customer.keys.kek=")),
                "no key-encryption key is configured (SALES_CUSTOMER_KEK)");
        assertThat(output.getOut()).contains("APPLICATION FAILED TO START")
                .contains("Set SALES_CUSTOMER_KEK=<key id>:<base64 of 32 random bytes> from a secret");
    }

    @Test
    void refusesToStartWithoutAFingerprintKey(CapturedOutput output) {
        assertRefused(catchThrowable(() -> start("production", "--sales.customer.keys.fingerprint-key=")),
                "no contact fingerprint (HMAC) key is configured (SALES_CUSTOMER_FINGERPRINT_KEY)");
        assertThat(output.getOut()).contains("APPLICATION FAILED TO START");
    }

    @ParameterizedTest
    @ValueSource(strings = {"--sales.customer.keys.kek=2026-12:c2hvcnQ=", "--sales.customer.keys.kek=no-id",
            "--sales.customer.keys.retired-keks=:Bo9iuKmrxOfJhM39FpXURSuqpUnDhttEI4LZgiBOrdk="})
    void refusesToStartWithAMalformedKey(String setting) {
        assertRefused(catchThrowable(() -> start("production", setting)),
                "is not '<key id>:<base64 of 32 random bytes>'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"local,kubernetes", "kubernetes,local", "local,production", "local,dev"})
    void theLocalProfileWithItsDemoKeysRefusesToStartCombinedWithAnyOther(String profiles, CapturedOutput output) {
        assertRefused(catchThrowable(() -> start(profiles)), "is for the 'local' profile alone");
        assertThat(output.getOut()).contains("APPLICATION FAILED TO START")
                .contains("Run with SPRING_PROFILES_ACTIVE=local alone on a developer machine");
    }

    @ParameterizedTest
    @ValueSource(strings = {"production", "kubernetes", ""})
    void aDemoKeyRefusesToStartWithoutTheLocalProfile(String profiles) {
        assertRefused(catchThrowable(() -> start(profiles, "--sales.customer.keys.kek=" + DEMO)),
                "the demo key-encryption key 'local-demo' is for the 'local' profile alone");
        assertRefused(catchThrowable(() -> start(profiles, "--sales.customer.keys.retired-keks=" + DEMO)),
                "the demo key-encryption key 'local-demo'");
        assertRefused(catchThrowable(() -> start(profiles, "--sales.customer.keys.fingerprint-key=" + DEMO)),
                "the demo fingerprint key 'local-demo'");
    }

    @Test
    void theLocalProfileAloneStartsWithTheDemoKeys() {
        try (ConfigurableApplicationContext context = start("local")) {
            assertThat(context.getBean(KeyEncryptionKeys.class).currentId()).isEqualTo(NamedKey.LOCAL_DEMO_ID);
            assertThat(context.getBean(ContactFingerprints.class).keyId()).isEqualTo(NamedKey.LOCAL_DEMO_ID);
        }
    }

    @Test
    void anyOtherProfileStartsWithKeysFromItsEnvironment() {
        try (ConfigurableApplicationContext context = start("kubernetes")) {
            assertThat(context.getBean(KeyEncryptionKeys.class).currentId()).isEqualTo("test-2");
            assertThat(context.getBean(ContactFingerprints.class).keyId()).isEqualTo("test");
        }
    }

    private static void assertRefused(Throwable failure, String message) {
        assertThat(NestedExceptionUtils.getMostSpecificCause(failure))
                .isInstanceOf(InsecureConfigurationException.class).hasMessageContaining(message);
    }

    private static ConfigurableApplicationContext start(String profiles, String... arguments) {
        return new SpringApplicationBuilder(PersonalDataKeysConfiguration.class)
                .web(WebApplicationType.NONE)
                .profiles(Stream.of(profiles.split(",")).filter(profile -> !profile.isBlank()).toArray(String[]::new))
                .run(Stream.concat(Stream.of("--spring.main.banner-mode=off"), Stream.of(arguments))
                        .toArray(String[]::new));
    }
}
