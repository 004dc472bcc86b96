package com.salesplatform.systemtests.deployment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * docker-compose.yml as loaded by SnakeYAML (anchors and merge keys resolved), with compose's interpolation as a
 * developer runs it: {@code --env-file docker/local.env}, every other variable unset.
 */
final class ComposeFile {

    private static final Pattern VARIABLE =
            Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?-)([^}]*)|(:?\\?)([^}]*))?}");
    /** The developer's environment file (docker/local.env). */
    static final String LOCAL_ENV = "docker/local.env";

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

    /** A service's environment as its container sees it with docker/local.env (and the file's defaults). */
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
        return interpolate(value, localEnvironment());
    }

    /** Compose's interpolation with these variables set: {@code ${X:-default}}, {@code ${X:?error}}, {@code ${X}}. */
    static String interpolate(String value, Map<String, String> variables) {
        Matcher matcher = VARIABLE.matcher(value);
        StringBuilder result = new StringBuilder();
        while (matcher.find()) {
            String set = variables.get(matcher.group(1));
            String replacement;
            if (set != null && !set.isEmpty()) {
                replacement = set;
            } else if (matcher.group(4) != null) {
                throw new AssertionError("compose refuses to start: " + matcher.group(1) + " is required ("
                        + matcher.group(5) + ")");
            } else {
                replacement = matcher.group(3) == null ? "" : matcher.group(3);
            }
            matcher.appendReplacement(result, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(result);
        return result.toString();
    }

    /** The variables docker/local.env sets. */
    static Map<String, String> localEnvironment() {
        Map<String, String> variables = new LinkedHashMap<>();
        RepositoryFiles.read(LOCAL_ENV).lines().map(String::trim)
                .filter(line -> !line.isEmpty() && !line.startsWith("#") && line.contains("="))
                .forEach(line -> variables.put(line.substring(0, line.indexOf('=')), line.substring(line.indexOf('=') + 1)));
        return variables;
    }

    /** A service's networks (the short list form). */
    List<String> networks(String name) {
        return Yamls.list(service(name), "networks").stream().map(String::valueOf).toList();
    }

    Map<String, Object> network(String name) {
        return Yamls.map(Yamls.map(document, "networks"), name);
    }

    /** Whether the service only starts with a compose profile (e.g. the optional observability stack). */
    boolean optional(String name) {
        return service(name).containsKey("profiles");
    }

    List<String> volumeMounts(String name) {
        return Yamls.list(service(name), "volumes").stream().map(String::valueOf).toList();
    }
}
