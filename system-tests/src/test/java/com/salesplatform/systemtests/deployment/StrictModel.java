package com.salesplatform.systemtests.deployment;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;

/**
 * Unknown fields in a parsed fabric8 object. The fabric8 model never fails on a field it does not know: every
 * class keeps such fields (and, through its UnmatchedFieldTypeModule, values of the wrong type) in its
 * {@code additionalProperties} map. So "failing on unknown fields" means: walk the whole object graph by reflection
 * and report every non-empty {@code additionalProperties}, with its path (e.g. a misspelt {@code readinesProbe}
 * shows up as {@code spec.template.spec.containers[0].additionalProperties[readinesProbe]}).
 */
final class StrictModel {

    private static final String FABRIC8 = "io.fabric8.";
    private static final String ADDITIONAL_PROPERTIES = "additionalProperties";

    private StrictModel() {
    }

    static List<String> unknownFields(Object root) {
        if (root instanceof GenericKubernetesResource) {
            throw new IllegalArgumentException("A resource of a kind fabric8 does not model cannot be checked here");
        }
        List<String> found = new ArrayList<>();
        walk(root, "", found);
        return found;
    }

    private static void walk(Object node, String path, List<String> found) {
        if (node instanceof Collection<?> collection) {
            int index = 0;
            for (Object element : collection) {
                walk(element, path + "[" + index++ + "]", found);
            }
        } else if (node instanceof Map<?, ?> map) {
            map.forEach((key, value) -> walk(value, path + "[" + key + "]", found));
        } else if (node != null && node.getClass().getName().startsWith(FABRIC8)) {
            for (Class<?> type = node.getClass(); type != null && type != Object.class; type = type.getSuperclass()) {
                for (Field field : type.getDeclaredFields()) {
                    if (Modifier.isStatic(field.getModifiers())) {
                        continue;
                    }
                    Object value = read(field, node);
                    String fieldPath = path.isEmpty() ? field.getName() : path + "." + field.getName();
                    if (ADDITIONAL_PROPERTIES.equals(field.getName())) {
                        if (value instanceof Map<?, ?> unknown && !unknown.isEmpty()) {
                            unknown.keySet().forEach(key -> found.add(fieldPath + "[" + key + "]"));
                        }
                    } else {
                        walk(value, fieldPath, found);
                    }
                }
            }
        }
    }

    private static Object read(Field field, Object owner) {
        try {
            field.setAccessible(true);
            return field.get(owner);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot read " + field, e);
        }
    }
}
