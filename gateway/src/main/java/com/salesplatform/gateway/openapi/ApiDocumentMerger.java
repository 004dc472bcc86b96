package com.salesplatform.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * One OpenAPI document for the whole platform: the gateway's own operations and every service's, with their
 * components. A component two documents define differently keeps its name in the first and is renamed in the
 * next ({@code OrderView} of reporting-service becomes {@code OrderViewReporting}), with every reference to it;
 * an operation id two services share gets the service's name in front. Two services answering the same path and
 * method is a routing error: the merge refuses it.
 */
public final class ApiDocumentMerger {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final String SCHEMAS = "#/components/";
    /** Referred to by name, not by $ref: the platform's one scheme replaces the documents' own. */
    private static final String SECURITY_SCHEMES = "securitySchemes";

    private final String title;
    private final String version;

    public ApiDocumentMerger(String title, String version) {
        this.title = title;
        this.version = version;
    }

    /** The documents in the order given (a name of the first wins); the key is the name the document is known by. */
    public ObjectNode merge(Map<String, JsonNode> documents) {
        ObjectNode merged = JSON.objectNode();
        merged.put("openapi", "3.1.0");
        merged.putObject("info").put("title", title).put("version", version)
                .put("description", "Every operation of the sales platform, as the gateway serves it: the gateway's "
                        + "own (tokens, keys) and each service's. Errors are problem+json (docs/errors.md); the "
                        + "conventions are in docs/api-guidelines.md.");
        merged.putArray("servers").addObject().put("url", "/").put("description", "the gateway");
        merged.putArray("security").addObject().putArray(PlatformDocumentNames.BEARER);
        ObjectNode paths = merged.putObject("paths");
        ObjectNode components = merged.putObject("components");
        components.putObject(SECURITY_SCHEMES).putObject(PlatformDocumentNames.BEARER)
                .put("type", "http").put("scheme", "bearer").put("bearerFormat", "JWT")
                .put("description", "An access token from POST /api/auth/token.");
        Map<String, String> operationOwners = new HashMap<>();
        Map<String, String> tags = new TreeMap<>();
        documents.forEach((name, document) -> {
            JsonNode renamed = withComponentsRenamed(document.deepCopy(), components, suffixOf(name));
            addComponents(components, renamed.path("components"));
            addPaths(paths, renamed.path("paths"), name, operationOwners, tags);
        });
        var tagList = merged.putArray("tags");
        tags.forEach((tag, owner) -> tagList.addObject().put("name", tag)
                .put("description", "Operations on " + tag.replace('-', ' ') + ", served by " + owner + "."));
        return merged;
    }

    private static JsonNode withComponentsRenamed(JsonNode document, ObjectNode merged, String suffix) {
        Map<String, String> renames = new LinkedHashMap<>();
        document.path("components").fields().forEachRemaining(section -> {
            if (SECURITY_SCHEMES.equals(section.getKey())) {
                return;
            }
            JsonNode already = merged.path(section.getKey());
            section.getValue().fields().forEachRemaining(component -> {
                JsonNode existing = already.get(component.getKey());
                if (existing != null && !existing.equals(component.getValue())) {
                    renames.put(SCHEMAS + section.getKey() + "/" + component.getKey(),
                            SCHEMAS + section.getKey() + "/" + component.getKey() + suffix);
                }
            });
        });
        if (renames.isEmpty()) {
            return document;
        }
        JsonNode rewritten = rewriteReferences(document, renames);
        renames.forEach((from, to) -> {
            String[] old = from.substring(SCHEMAS.length()).split("/");
            ObjectNode section = (ObjectNode) rewritten.path("components").path(old[0]);
            section.set(to.substring(to.lastIndexOf('/') + 1), section.remove(old[1]));
        });
        return rewritten;
    }

    private static JsonNode rewriteReferences(JsonNode node, Map<String, String> renames) {
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
            Map<String, JsonNode> replaced = new LinkedHashMap<>();
            while (fields.hasNext()) {
                var field = fields.next();
                if ("$ref".equals(field.getKey()) && renames.containsKey(field.getValue().asText())) {
                    replaced.put(field.getKey(), TextNode.valueOf(renames.get(field.getValue().asText())));
                } else {
                    rewriteReferences(field.getValue(), renames);
                }
            }
            replaced.forEach(object::set);
        } else if (node.isArray()) {
            node.forEach(element -> rewriteReferences(element, renames));
        }
        return node;
    }

    private static void addComponents(ObjectNode merged, JsonNode components) {
        components.fields().forEachRemaining(section -> {
            if (SECURITY_SCHEMES.equals(section.getKey())) {
                return;
            }
            ObjectNode target = merged.has(section.getKey()) ? (ObjectNode) merged.get(section.getKey())
                    : merged.putObject(section.getKey());
            section.getValue().fields().forEachRemaining(component -> {
                if (!target.has(component.getKey())) {
                    target.set(component.getKey(), component.getValue());
                }
            });
        });
    }

    private static void addPaths(ObjectNode merged, JsonNode paths, String owner, Map<String, String> operationOwners,
                                 Map<String, String> tags) {
        paths.fields().forEachRemaining(path -> {
            ObjectNode target = merged.has(path.getKey()) ? (ObjectNode) merged.get(path.getKey())
                    : merged.putObject(path.getKey());
            path.getValue().fields().forEachRemaining(operation -> {
                if (target.has(operation.getKey())) {
                    throw new IllegalStateException(operation.getKey().toUpperCase() + " " + path.getKey()
                            + " is documented by two services, " + owner + " and another: check the routes");
                }
                ObjectNode copy = (ObjectNode) operation.getValue();
                String operationId = copy.path("operationId").asText(null);
                if (operationId != null && operationOwners.putIfAbsent(operationId, owner) != null) {
                    copy.put("operationId", PlatformDocumentNames.camel(owner) + upperFirst(operationId));
                }
                copy.path("tags").forEach(tag -> tags.putIfAbsent(tag.asText(), owner));
                target.set(operation.getKey(), copy);
            });
        });
    }

    private static String suffixOf(String documentName) {
        return upperFirst(PlatformDocumentNames.camel(documentName.replaceFirst("-service$", "")));
    }

    private static String upperFirst(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
