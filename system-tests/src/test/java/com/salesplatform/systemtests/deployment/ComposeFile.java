package com.salesplatform.systemtests.deployment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** docker-compose.yml as loaded by SnakeYAML (anchors and merge keys resolved), with compose's interpolation. */
final class ComposeFile {

    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?::?-([^}]*))?}");

    private final Map<String, Object> document;

    private ComposeFile(Map<String, Object> document) {
        this.document = document;
    }

    static ComposeFile load() {
        return new ComposeFile(RepositoryFiles.yaml(RepositoryFiles.path("docker-compose.yml")));
    }

    Map<String, Object> services() {
        return Yamls.map(document, "services");
    }

    Map<String, Object> service(String name) {
        Map<String, Object> service = Yamls.map(services(), name);
        if (service.isEmpty()) {
            throw new AssertionError("docker-compose.yml has no service " + name);
        }
        return service;
    }

    Map<String, Object> volumes() {
        return Yamls.map(document, "volumes");
    }

    /** A service's environment as its container sees it when no variable is set on the host (the defaults). */
    Map<String, String> environment(String name) {
        Map<String, String> environment = new LinkedHashMap<>();
        Object declared = service(name).get("environment");
        if (declared instanceof Map<?, ?> map) {
            map.forEach((key, value) -> environment.put(String.valueOf(key), interpolate(String.valueOf(value))));
        } else if (declared instanceof List<?> list) {
            list.forEach(entry -> {
                String[] pair = String.valueOf(entry).split("=", 2);
                environment.put(pair[0], pair.length > 1 ? interpolate(pair[1]) : "");
            });
        }
        return environment;
    }

    static String interpolate(String value) {
        Matcher matcher = VARIABLE.matcher(value);
        StringBuilder result = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(result, Matcher.quoteReplacement(matcher.group(2) == null ? "" : matcher.group(2)));
        }
        matcher.appendTail(result);
        return result.toString();
    }

    /** Whether the service only starts with a compose profile (e.g. the optional observability stack). */
    boolean optional(String name) {
        return service(name).containsKey("profiles");
    }

    List<String> volumeMounts(String name) {
        return Yamls.list(service(name), "volumes").stream().map(String::valueOf).toList();
    }
}
