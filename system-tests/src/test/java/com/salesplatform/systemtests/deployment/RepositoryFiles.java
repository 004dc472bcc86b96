package com.salesplatform.systemtests.deployment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.StreamSupport;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/** The repository the deployment files live in (system-tests runs with its own folder as working directory). */
public final class RepositoryFiles {

    private static final Path ROOT = locateRoot();

    private RepositoryFiles() {
    }

    public static Path root() {
        return ROOT;
    }

    static Path path(String relative) {
        return ROOT.resolve(relative);
    }

    static String read(String relative) {
        return read(path(relative));
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean exists(String relative) {
        return Files.exists(path(relative));
    }

    /** One YAML document as nested maps and lists (anchors and merge keys resolved). */
    @SuppressWarnings("unchecked")
    static Map<String, Object> yaml(Path file) {
        Object document = new Yaml(new LoaderOptions()).load(read(file));
        return document == null ? Map.of() : (Map<String, Object>) document;
    }

    /** Every document of a multi-document YAML text. */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> yamlDocuments(String text) {
        return StreamSupport.stream(new Yaml(new LoaderOptions()).loadAll(text).spliterator(), false)
                .filter(Objects::nonNull)
                .map(document -> (Map<String, Object>) document)
                .toList();
    }

    private static Path locateRoot() {
        Path candidate = Path.of("").toAbsolutePath();
        while (candidate != null) {
            if (Files.exists(candidate.resolve("mvnw")) && Files.exists(candidate.resolve("system-tests"))) {
                return candidate;
            }
            candidate = candidate.getParent();
        }
        throw new IllegalStateException("Not inside the sales-platform repository: " + Path.of("").toAbsolutePath());
    }
}
