package com.salesplatform.systemtests.deployment;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A {@code ${VARIABLE:default}} an application's configuration reads from the environment. Nested defaults are
 * alternatives: {@code ${OIDC_ISSUER_URI:${SALES_JWT_ISSUER:}}} is satisfied by either variable.
 *
 * @param names    the variables, the first one winning
 * @param fallback the value when none is set ({@code null}: no default, the application cannot start without one)
 * @param property the configuration property it sits in, for messages
 */
record EnvironmentPlaceholder(List<String> names, String fallback, String property) {

    private static final Pattern ENVIRONMENT_NAME = Pattern.compile("[A-Z][A-Z0-9_]*");
    /**
     * Optional although their default is empty: an empty list of extra browser origins allows none, an empty list of
     * retired key-encryption keys accepts none (safe).
     */
    private static final Set<String> EMPTY_DEFAULT_IS_SAFE = Set.of("SALES_CORS_ORIGINS", "SALES_CUSTOMER_KEK_RETIRED");

    /**
     * Whether a deployment must set it: its default cannot work in a container (localhost, empty, none), or it is a
     * credential or a key, which must never come from a default.
     */
    boolean requiredInDeployment() {
        if (names.stream().anyMatch(EMPTY_DEFAULT_IS_SAFE::contains)) {
            return false;
        }
        return fallback == null || fallback.isBlank() || fallback.contains("localhost")
                || fallback.contains("127.0.0.1")
                || names.stream().anyMatch(name -> name.endsWith("_USER") || name.endsWith("_PASSWORD")
                        || name.endsWith("_KEK") || name.endsWith("_KEY"));
    }

    boolean satisfiedBy(Set<String> variables) {
        return names.stream().anyMatch(variables::contains);
    }

    /** Every environment placeholder in one configuration value. */
    static List<EnvironmentPlaceholder> in(String value, String property) {
        List<EnvironmentPlaceholder> found = new ArrayList<>();
        int start = value.indexOf("${");
        while (start >= 0) {
            int end = closingBrace(value, start);
            parse(value.substring(start + 2, end), property).ifPresent(found::add);
            start = value.indexOf("${", end);
        }
        return found;
    }

    private static Optional<EnvironmentPlaceholder> parse(String expression, String property) {
        List<String> names = new ArrayList<>();
        String rest = expression;
        while (true) {
            int colon = rest.indexOf(':');
            String name = colon < 0 ? rest : rest.substring(0, colon);
            String fallback = colon < 0 ? null : rest.substring(colon + 1);
            if (ENVIRONMENT_NAME.matcher(name).matches()) {
                names.add(name);
            } else if (names.isEmpty()) {
                // a reference to another property, e.g. ${spring.application.name}: its default may still read one
                return fallback == null ? Optional.empty()
                        : in(fallback, property).stream().findFirst();
            }
            if (fallback != null && fallback.startsWith("${") && closingBrace(fallback, 0) == fallback.length() - 1) {
                rest = fallback.substring(2, fallback.length() - 1);
                continue;
            }
            return Optional.of(new EnvironmentPlaceholder(List.copyOf(names), fallback, property));
        }
    }

    private static int closingBrace(String text, int start) {
        int depth = 0;
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        throw new IllegalArgumentException("Unbalanced placeholder in: " + text);
    }
}
