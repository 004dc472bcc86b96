package com.salesplatform.systemtests.deployment;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The manifest parser of the deployment tests rejects what the API server would reject: proven on small inputs. */
class StrictParsingTest {

    private static final String DEPLOYMENT = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: example
            spec:
              selector:
                matchLabels: {app: example}
              template:
                metadata:
                  labels: {app: example}
                spec:
                  containers:
                    - name: example
                      image: example:1.0.0
                      %s
            """;

    @Test
    void a_valid_manifest_parses() {
        RenderedOverlay parsed = RenderedOverlay.parse("sample", DEPLOYMENT.formatted("imagePullPolicy: IfNotPresent"));

        assertThat(parsed.deployments()).singleElement()
                .satisfies(deployment -> assertThat(deployment.getMetadata().getName()).isEqualTo("example"));
    }

    @Test
    void a_misspelt_field_deep_inside_a_pod_template_fails() {
        String misspelt = DEPLOYMENT.formatted("readinesProbe: {httpGet: {path: /ready, port: 8080}}");

        assertThatThrownBy(() -> RenderedOverlay.parse("sample", misspelt))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("spec.template.spec.containers[0].additionalProperties[readinesProbe]");
    }

    @Test
    void a_value_of_the_wrong_type_fails() {
        String wrongType = DEPLOYMENT.formatted("ports: [{containerPort: {number: 8080}}]");

        assertThatThrownBy(() -> RenderedOverlay.parse("sample", wrongType)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("containerPort");
    }

    @Test
    void a_kind_no_model_knows_fails() {
        String unknownKind = """
                apiVersion: example.com/v1
                kind: Widget
                metadata:
                  name: example
                """;

        assertThatThrownBy(() -> RenderedOverlay.parse("sample", unknownKind)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("a kind no model knows");
    }

    @Test
    void a_kafka_topic_with_a_field_strimzi_does_not_define_fails() {
        String topic = """
                apiVersion: kafka.strimzi.io/v1beta2
                kind: KafkaTopic
                metadata:
                  name: sales.example.events
                spec:
                  partitions: 3
                  replicas: 3
                  retentionMs: -1
                """;

        assertThatThrownBy(() -> RenderedOverlay.parse("sample", topic)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("retentionMs");
    }
}
