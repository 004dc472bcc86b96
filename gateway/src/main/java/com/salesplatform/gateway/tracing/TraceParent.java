package com.salesplatform.gateway.tracing;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The W3C {@code traceparent} header, version {@code 00}: {@code 00-<32 hex trace id>-<16 hex parent id>-<2 hex
 * flags>}, lower case, neither id all zeros.
 */
public final class TraceParent {

    private static final Pattern FORMAT = Pattern.compile("00-([0-9a-f]{32})-([0-9a-f]{16})-[0-9a-f]{2}");
    private static final String ZERO_TRACE_ID = "0".repeat(32);
    private static final String ZERO_PARENT_ID = "0".repeat(16);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final HexFormat HEX = HexFormat.of();

    private TraceParent() {
    }

    public static boolean isValid(String candidate) {
        if (candidate == null) {
            return false;
        }
        var matcher = FORMAT.matcher(candidate);
        return matcher.matches() && !ZERO_TRACE_ID.equals(matcher.group(1)) && !ZERO_PARENT_ID.equals(matcher.group(2));
    }

    /** A new trace, flagged sampled so the services may record it. */
    public static String generate() {
        return "00-" + randomHex(16, ZERO_TRACE_ID) + "-" + randomHex(8, ZERO_PARENT_ID) + "-01";
    }

    /** The trace id of a valid {@code traceparent}. */
    public static String traceId(String traceparent) {
        return traceparent.substring(3, 35);
    }

    private static String randomHex(int bytes, String zero) {
        String hex;
        do {
            byte[] random = new byte[bytes];
            RANDOM.nextBytes(random);
            hex = HEX.formatHex(random);
        } while (hex.equals(zero));
        return hex;
    }
}
