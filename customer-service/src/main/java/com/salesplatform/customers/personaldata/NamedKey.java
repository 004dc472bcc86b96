package com.salesplatform.customers.personaldata;

import com.salesplatform.platform.config.InsecureConfigurationException;
import java.util.Base64;
import java.util.regex.Pattern;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * A 256-bit key from the environment, written {@code <id>:<base64 of 32 bytes>}. The id is stored beside what the
 * key protects, so that several keys can be configured at once (rotation) and the right one is found.
 */
record NamedKey(String id, SecretKey key) {

    /** The id of the fixed keys of the local profile (application-local.yml); refused anywhere else. */
    static final String LOCAL_DEMO_ID = "local-demo";

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final int KEY_BYTES = 32;

    /**
     * @param variable the environment variable the value comes from, for the message if it is malformed
     * @param algorithm the key's JCE algorithm ({@code AES}, {@code HmacSHA256})
     */
    static NamedKey parse(String variable, String value, String algorithm) {
        int colon = value.indexOf(':');
        String id = colon < 0 ? "" : value.substring(0, colon).strip();
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(value.substring(colon + 1).strip());
        } catch (IllegalArgumentException e) {
            bytes = new byte[0];
        }
        if (!ID.matcher(id).matches() || bytes.length != KEY_BYTES) {
            throw new InsecureConfigurationException(
                    "The service refuses to start: " + variable + " is not '<key id>:<base64 of 32 random bytes>'"
                            + " (key id: letters, digits, '.', '_', '-'; got an id of " + id.length()
                            + " characters and a key of " + bytes.length + " bytes).",
                    "Set " + variable + " to e.g. " + "\"$(date +%Y-%m):$(openssl rand -base64 32)\".");
        }
        return new NamedKey(id, new SecretKeySpec(bytes, algorithm));
    }

    boolean isLocalDemo() {
        return LOCAL_DEMO_ID.equals(id);
    }

    @Override
    public String toString() {
        return "NamedKey[" + id + "]";
    }
}
