package com.salesplatform.customers.personaldata;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;

/**
 * Keyed fingerprints (HMAC-SHA-256) of contact phones and e-mails, what the duplicate-lead rule compares. The key
 * comes from outside the database, so a copy of the database alone does not let anyone test guesses (a phone
 * number has few enough digits to try them all against a plain hash).
 */
public class ContactFingerprints {

    private static final String ALGORITHM = "HmacSHA256";

    private final NamedKey key;

    ContactFingerprints(NamedKey key) {
        this.key = key;
    }

    static ContactFingerprints parse(String variable, String value) {
        return new ContactFingerprints(NamedKey.parse(variable, value, ALGORITHM));
    }

    /** Stored beside each fingerprint: fingerprints made with another key are made again from the event store. */
    public String keyId() {
        return key.id();
    }

    /** 64 hexadecimal digits. */
    public String of(String normalisedValue) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key.key());
            return HexFormat.of().formatHex(mac.doFinal(normalisedValue.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is not available", e);
        }
    }

    boolean isLocalDemo() {
        return key.isLocalDemo();
    }
}
