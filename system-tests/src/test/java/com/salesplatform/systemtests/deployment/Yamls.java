package com.salesplatform.systemtests.deployment;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Navigation in YAML loaded as nested maps and lists. */
final class Yamls {

    private Yamls() {
    }

    static Optional<Object> at(Object node, String... path) {
        Object current = node;
        for (String key : path) {
            if (!(current instanceof Map<?, ?> map) || !map.containsKey(key)) {
                return Optional.empty();
            }
            current = map.get(key);
        }
        return Optional.ofNullable(current);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object node, String... path) {
        return (Map<String, Object>) at(node, path).orElse(Map.of());
    }

    static List<?> list(Object node, String... path) {
        return (List<?>) at(node, path).orElse(List.of());
    }

    static String string(Object node, String... path) {
        return at(node, path).map(String::valueOf).orElse(null);
    }
}
