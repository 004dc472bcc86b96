package com.salesplatform.gateway.openapi;

/** Names the merged document shares with the services' documents (the platform's OpenAPI conventions). */
final class PlatformDocumentNames {

    static final String BEARER = "bearerAuth";

    private PlatformDocumentNames() {
    }

    /** {@code orders-service} → {@code ordersService}. */
    static String camel(String kebab) {
        StringBuilder camel = new StringBuilder();
        boolean upper = false;
        for (char c : kebab.toCharArray()) {
            if (c == '-') {
                upper = true;
            } else {
                camel.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return camel.toString();
    }
}
