package com.salesplatform.gateway.requestid;

import java.util.UUID;
import java.util.regex.Pattern;

/** Which client-sent request ids are kept: at most 64 characters of {@code [A-Za-z0-9._-]}. */
public final class RequestIds {

    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private RequestIds() {
    }

    /** The client's id when it is sane, else a new random UUID. */
    public static String acceptOrGenerate(String candidate) {
        return isSane(candidate) ? candidate : UUID.randomUUID().toString();
    }

    public static boolean isSane(String candidate) {
        return candidate != null && SANE.matcher(candidate).matches();
    }
}
