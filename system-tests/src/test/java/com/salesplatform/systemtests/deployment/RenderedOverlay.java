package com.salesplatform.systemtests.deployment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.EnvVarSource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;

/**
 * The objects {@code kubectl kustomize k8s/overlays/<name>} renders, each parsed into the fabric8 Kubernetes model
 * (or, for Strimzi's KafkaTopic, into {@link KafkaTopic}) so that an unknown field — a typo, a field of another API
 * version, a value of the wrong type — fails the parse instead of being ignored, as the API server would reject it.
 */
final class RenderedOverlay {

    private static final KubernetesSerialization KUBERNETES = new KubernetesSerialization();
    private static final ObjectMapper STRICT_JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_IGNORED_PROPERTIES);

    private final String name;
    private final List<HasMetadata> objects;
    private final List<KafkaTopic> kafkaTopics;

    private RenderedOverlay(String name, List<HasMetadata> objects, List<KafkaTopic> kafkaTopics) {
        this.name = name;
        this.objects = objects;
        this.kafkaTopics = kafkaTopics;
    }

    static RenderedOverlay render(String overlay) {
        return parse(overlay, Kubectl.kustomize("k8s/overlays/" + overlay));
    }

    static RenderedOverlay parse(String name, String renderedYaml) {
        List<HasMetadata> objects = new ArrayList<>();
        List<KafkaTopic> topics = new ArrayList<>();
        for (Map<String, Object> document : RepositoryFiles.yamlDocuments(renderedYaml)) {
            String kind = String.valueOf(document.get("kind"));
            String json = json(document);
            String where = name + ": " + kind + " " + Yamls.string(document, "metadata", "name");
            Object parsed = unmarshal(json, where);
            if (parsed instanceof GenericKubernetesResource) {
                if (!KafkaTopic.KIND.equals(kind) || !KafkaTopic.API_VERSION.equals(document.get("apiVersion"))) {
                    throw new AssertionError(where + ": a kind no model knows (" + document.get("apiVersion") + ")");
                }
                KafkaTopic topic = strictTopic(json, where);
                requireKnownFields(topic.metadata(), where);
                topics.add(topic);
            } else {
                requireKnownFields(parsed, where);
                objects.add((HasMetadata) parsed);
            }
        }
        return new RenderedOverlay(name, List.copyOf(objects), List.copyOf(topics));
    }

    String name() {
        return name;
    }

    List<HasMetadata> objects() {
        return objects;
    }

    List<KafkaTopic> kafkaTopics() {
        return kafkaTopics;
    }

    <T extends HasMetadata> List<T> all(Class<T> type) {
        return objects.stream().filter(type::isInstance).map(type::cast).toList();
    }

    <T extends HasMetadata> Optional<T> named(Class<T> type, String objectName) {
        return all(type).stream().filter(object -> object.getMetadata().getName().equals(objectName)).findFirst();
    }

    List<Deployment> deployments() {
        return all(Deployment.class);
    }

    List<Service> services() {
        return all(Service.class);
    }

    List<HorizontalPodAutoscaler> autoscalers() {
        return all(HorizontalPodAutoscaler.class);
    }

    List<PodDisruptionBudget> disruptionBudgets() {
        return all(PodDisruptionBudget.class);
    }

    List<NetworkPolicy> networkPolicies() {
        return all(NetworkPolicy.class);
    }

    /** Every pod template's spec: Deployments and Jobs. */
    Stream<PodSpec> podSpecs() {
        return Stream.concat(deployments().stream().map(deployment -> deployment.getSpec().getTemplate().getSpec()),
                all(Job.class).stream().map(job -> job.getSpec().getTemplate().getSpec()));
    }

    /**
     * A container's environment as the pod would see it: literal values, ConfigMap keys resolved from the rendered
     * ConfigMaps ({@code envFrom} and {@code configMapKeyRef}), and Secret keys as {@code secret:<name>/<key>} (their
     * values are never part of the manifests).
     */
    Map<String, String> environment(Container container) {
        Map<String, String> environment = new LinkedHashMap<>();
        container.getEnvFrom().forEach(source -> {
            if (source.getConfigMapRef() == null) {
                throw new AssertionError(name + ": " + container.getName()
                        + " takes envFrom something other than a ConfigMap; reference secrets key by key");
            }
            environment.putAll(configMap(source.getConfigMapRef().getName()).getData());
        });
        for (EnvVar variable : container.getEnv()) {
            environment.put(variable.getName(), valueOf(variable));
        }
        return environment;
    }

    ConfigMap configMap(String configMapName) {
        return named(ConfigMap.class, configMapName).orElseThrow(
                () -> new AssertionError(name + ": no ConfigMap named " + configMapName + " is rendered"));
    }

    private String valueOf(EnvVar variable) {
        EnvVarSource source = variable.getValueFrom();
        if (source == null) {
            return variable.getValue();
        }
        if (source.getSecretKeyRef() != null) {
            return "secret:" + source.getSecretKeyRef().getName() + "/" + source.getSecretKeyRef().getKey();
        }
        if (source.getConfigMapKeyRef() != null) {
            String key = source.getConfigMapKeyRef().getKey();
            String value = configMap(source.getConfigMapKeyRef().getName()).getData().get(key);
            if (value == null) {
                throw new AssertionError(name + ": " + variable.getName() + " refers to a missing ConfigMap key " + key);
            }
            return value;
        }
        return "field:" + variable.getName();
    }

    private static Object unmarshal(String json, String where) {
        try {
            return KUBERNETES.unmarshal(json);
        } catch (RuntimeException e) {
            Throwable cause = e;
            while (cause.getCause() != null) {
                cause = cause.getCause();
            }
            throw new AssertionError(where + " does not fit its Kubernetes API: " + cause.getMessage(), e);
        }
    }

    private static KafkaTopic strictTopic(String json, String where) {
        try {
            return STRICT_JSON.readValue(json, KafkaTopic.class);
        } catch (Exception e) {
            throw new AssertionError(where + " does not fit Strimzi's KafkaTopic: " + e.getMessage(), e);
        }
    }

    private static void requireKnownFields(Object parsed, String where) {
        List<String> unknown = StrictModel.unknownFields(parsed);
        if (!unknown.isEmpty()) {
            throw new AssertionError(where + " has fields its Kubernetes API does not define: " + unknown);
        }
    }

    private static String json(Map<String, Object> document) {
        try {
            return STRICT_JSON.writeValueAsString(document);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
