package com.salesplatform.customers.personaldata;

import com.salesplatform.platform.config.InsecureConfigurationException;
import com.salesplatform.platform.config.LocalProfile;
import java.util.Arrays;
import java.util.List;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

/**
 * The personal-data keys from the environment. Without them the service refuses to start (a data key stored beside
 * its ciphertext protects nothing); the fixed demo keys of the local profile only with that profile alone.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PersonalDataKeysProperties.class)
class PersonalDataKeysConfiguration {

    static final String KEK = "SALES_CUSTOMER_KEK";
    static final String RETIRED_KEKS = "SALES_CUSTOMER_KEK_RETIRED";
    static final String FINGERPRINT_KEY = "SALES_CUSTOMER_FINGERPRINT_KEY";

    @Bean
    KeyEncryptionKeys keyEncryptionKeys(PersonalDataKeysProperties properties, Environment environment) {
        NamedKey current = NamedKey.parse(KEK, required(KEK, properties.kek(), "key-encryption key"),
                CustomerKeys.ALGORITHM);
        List<NamedKey> retired = Arrays.stream(blankIfNull(properties.retiredKeks()).split(","))
                .filter(value -> !value.isBlank())
                .map(value -> NamedKey.parse(RETIRED_KEKS, value, CustomerKeys.ALGORITHM)).toList();
        if (current.isLocalDemo() || retired.stream().anyMatch(NamedKey::isLocalDemo)) {
            LocalProfile.requireAlone(environment, "the demo key-encryption key '" + NamedKey.LOCAL_DEMO_ID + "'",
                    "set " + KEK + " from a secret");
        }
        requireLocalAloneIfActive(environment);
        return new KeyEncryptionKeys(current, retired);
    }

    @Bean
    ContactFingerprints contactFingerprints(PersonalDataKeysProperties properties, Environment environment) {
        ContactFingerprints fingerprints = ContactFingerprints.parse(FINGERPRINT_KEY,
                required(FINGERPRINT_KEY, properties.fingerprintKey(), "contact fingerprint (HMAC) key"));
        if (fingerprints.isLocalDemo()) {
            LocalProfile.requireAlone(environment, "the demo fingerprint key '" + NamedKey.LOCAL_DEMO_ID + "'",
                    "set " + FINGERPRINT_KEY + " from a secret");
        }
        return fingerprints;
    }

    private static void requireLocalAloneIfActive(Environment environment) {
        if (environment.acceptsProfiles(Profiles.of(LocalProfile.NAME))) {
            LocalProfile.requireAlone(environment, "the 'local' profile (demo keys)", "drop 'local'");
        }
    }

    private static String required(String variable, String value, String what) {
        if (value == null || value.isBlank()) {
            throw new InsecureConfigurationException(
                    "The service refuses to start: no " + what + " is configured (" + variable + "). It must come "
                            + "from outside the database, which holds what it protects.",
                    "Set " + variable + "=<key id>:<base64 of 32 random bytes> from a secret (docs/operations.md, "
                            + "\"Personal-data keys\"), or run with SPRING_PROFILES_ACTIVE=local alone on a "
                            + "developer machine.");
        }
        return value;
    }

    private static String blankIfNull(String value) {
        return value == null ? "" : value;
    }
}
