package com.salesplatform.systemtests.deployment;

import java.util.Map;

import io.fabric8.kubernetes.api.model.ObjectMeta;

/**
 * Strimzi's {@code KafkaTopic} (kafka.strimzi.io/v1beta2), which fabric8 does not model: these records hold exactly
 * the fields Strimzi defines for it, and are read with unknown properties failing.
 */
record KafkaTopic(String apiVersion, String kind, ObjectMeta metadata, Spec spec) {

    static final String API_VERSION = "kafka.strimzi.io/v1beta2";
    static final String KIND = "KafkaTopic";

    record Spec(String topicName, Integer partitions, Integer replicas, Map<String, Object> config) {
    }

    String name() {
        return spec.topicName() != null ? spec.topicName() : metadata.getName();
    }
}
