package com.salesplatform.gateway.canonicalpath;

import java.util.Optional;

/**
 * Decides whether a raw request path (as sent, still percent-encoded) is canonical: one spelling for one
 * resource, so that every rule keyed on the path (routes, public paths, rate limits) sees what the service will
 * serve. Refused: a percent-encoded unreserved character ({@code %61pi} for {@code api}), an encoded {@code /},
 * {@code \} or {@code %} (double encoding), an empty segment ({@code //}), a dot segment ({@code .}, {@code ..}),
 * a backslash and a {@code ;} (matrix parameters, which path matching ignores).
 */
public final class CanonicalPaths {

    private CanonicalPaths() {
    }

    /** Why the raw path is not canonical, or empty when it is. */
    public static Optional<String> violation(String rawPath) {
        if (rawPath.isEmpty() || rawPath.charAt(0) != '/') {
            return Optional.of("the path must start with '/'");
        }
        if (rawPath.indexOf('\\') >= 0) {
            return Optional.of("the path contains a backslash");
        }
        if (rawPath.indexOf(';') >= 0) {
            return Optional.of("the path contains ';' (path parameters are not accepted)");
        }
        for (int i = rawPath.indexOf('%'); i >= 0; i = rawPath.indexOf('%', i + 1)) {
            Optional<String> encoded = encodingViolation(rawPath, i);
            if (encoded.isPresent()) {
                return encoded;
            }
        }
        String[] segments = rawPath.substring(1).split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            String segment = segments[i];
            if (segment.isEmpty() && i < segments.length - 1) {
                return Optional.of("the path contains an empty segment ('//')");
            }
            if (segment.equals(".") || segment.equals("..")) {
                return Optional.of("the path contains a dot segment ('" + segment + "')");
            }
        }
        return Optional.empty();
    }

    private static Optional<String> encodingViolation(String rawPath, int percent) {
        if (percent + 2 >= rawPath.length()) {
            return Optional.of("the path contains a malformed percent-encoding");
        }
        int high = Character.digit(rawPath.charAt(percent + 1), 16);
        int low = Character.digit(rawPath.charAt(percent + 2), 16);
        if (high < 0 || low < 0) {
            return Optional.of("the path contains a malformed percent-encoding");
        }
        char decoded = (char) (high * 16 + low);
        if (isUnreserved(decoded)) {
            return Optional.of("the path percent-encodes '" + decoded + "', which must be sent as it is");
        }
        if (decoded == '/' || decoded == '\\' || decoded == '%') {
            return Optional.of("the path contains an encoded '" + decoded + "'");
        }
        return Optional.empty();
    }

    /** RFC 3986 §2.3: never to be percent-encoded in a canonical URI. */
    private static boolean isUnreserved(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                || c == '-' || c == '.' || c == '_' || c == '~';
    }
}
