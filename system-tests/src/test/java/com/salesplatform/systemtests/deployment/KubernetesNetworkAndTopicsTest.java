package com.salesplatform.systemtests.deployment;

import java.net.URI;
import java.util.List;
import java.util.Map;

import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The network policies (everything denied, clients reach the gateway, the services accept the gateway only) and the
 * Kafka topics (one per publishing service, partitioned and kept for replays).
 */
class KubernetesNetworkAndTopicsTest {

    private static final String MONITORING_LABEL = "sales-platform.dev/monitoring";

    @ParameterizedTest
    @ValueSource(strings = {Overlays.DEV, Overlays.PROD})
    void ingress_is_denied_unless_a_policy_allows_it(String name) {
        RenderedOverlay overlay = Overlays.rendered(name);
        assertThat(overlay.networkPolicies()).as("%s: a default-deny policy", name).anySatisfy(policy -> {
            assertThat(LabelSelectors.selectsEverything(policy.getSpec().getPodSelector())).isTrue();
            assertThat(policy.getSpec().getPolicyTypes()).contains("Ingress");
            assertThat(policy.getSpec().getIngress()).isEmpty();
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {Overlays.DEV, Overlays.PROD})
    void the_services_accept_connections_from_the_gateway_only(String name) {
        RenderedOverlay overlay = Overlays.rendered(name);
        for (Application service : Application.services()) {
            assertOnlyTheGatewayReaches(overlay, podLabels(overlay, service), service.port(), name + "/" + service.name());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {Overlays.DEV, Overlays.PROD})
    void a_redis_of_the_overlay_accepts_connections_from_the_gateway_only(String name) {
        RenderedOverlay overlay = Overlays.rendered(name);
        URI redis = URI.create(overlay.environment(Overlays.containerOf(overlay, Application.gateway()))
                .getOrDefault("SALES_REDIS_URL", "secret:"));
        overlay.named(Service.class, String.valueOf(redis.getHost())).ifPresent(service -> {
            Map<String, String> pod = overlay.deployments().stream()
                    .map(deployment -> deployment.getSpec().getTemplate().getMetadata().getLabels())
                    .filter(labels -> service.getSpec().getSelector().entrySet().stream()
                            .allMatch(entry -> entry.getValue().equals(labels.get(entry.getKey()))))
                    .findFirst().orElseThrow(() -> new AssertionError(name + ": no pods behind " + redis));
            assertOnlyTheGatewayReaches(overlay, pod, redis.getPort(), name + "/" + service.getMetadata().getName());
        });
    }

    private static void assertOnlyTheGatewayReaches(RenderedOverlay overlay, Map<String, String> pod, int port,
            String where) {
        Map<String, String> gatewayPod = podLabels(overlay, Application.gateway());
        List<NetworkPolicyIngressRule> rules = rulesFor(overlay, pod).stream()
                .filter(rule -> admits(rule, port)).toList();
        assertThat(rules).as("%s: ingress rules", where).isNotEmpty().allSatisfy(rule -> {
            assertThat(rule.getFrom()).as("%s: an ingress rule without 'from' admits every source", where)
                    .isNotEmpty();
            for (NetworkPolicyPeer peer : rule.getFrom()) {
                assertThat(peer.getIpBlock()).as("%s: ipBlock peer", where).isNull();
                assertThat(peer.getNamespaceSelector()).as("%s: namespace peer", where).isNull();
                assertThat(LabelSelectors.matches(peer.getPodSelector(), gatewayPod))
                        .as("%s: peer %s is the gateway", where, peer.getPodSelector()).isTrue();
            }
        });
        assertThat(rules).as("%s: the gateway reaches port %d", where, port).anySatisfy(rule ->
                assertThat(rule.getPorts()).extracting(NetworkPolicyPort::getPort).extracting(IntOrString::getIntVal)
                        .contains(port));
    }

    @ParameterizedTest
    @ValueSource(strings = {Overlays.DEV, Overlays.PROD})
    void the_management_ports_admit_the_monitoring_namespace_only(String name) {
        RenderedOverlay overlay = Overlays.rendered(name);
        for (Application application : Application.all()) {
            String where = name + "/" + application.name();
            List<NetworkPolicyIngressRule> rules = rulesFor(overlay, podLabels(overlay, application)).stream()
                    .filter(rule -> admits(rule, application.managementPort())).toList();
            assertThat(rules).as("%s: rules admitting the management port %d", where, application.managementPort())
                    .isNotEmpty().allSatisfy(rule -> assertThat(rule.getFrom()).as(where).isNotEmpty()
                            .allSatisfy(peer -> {
                                assertThat(peer.getIpBlock()).as("%s: ipBlock peer", where).isNull();
                                assertThat(peer.getPodSelector()).as("%s: pod peer", where).isNull();
                                assertThat(peer.getNamespaceSelector().getMatchLabels()).as(where)
                                        .containsEntry(MONITORING_LABEL, "true");
                            }));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {Overlays.DEV, Overlays.PROD})
    void clients_reach_the_gateway_on_its_port(String name) {
        RenderedOverlay overlay = Overlays.rendered(name);
        Application gateway = Application.gateway();
        assertThat(rulesFor(overlay, podLabels(overlay, gateway))).as("%s: gateway ingress", name)
                .anySatisfy(rule -> assertThat(rule.getPorts()).extracting(NetworkPolicyPort::getPort)
                        .extracting(IntOrString::getIntVal).contains(gateway.port()));
    }

    @ParameterizedTest
    @ValueSource(strings = {Overlays.DEV, Overlays.PROD})
    void every_published_topic_is_a_partitioned_kafka_topic_kept_for_replays(String name) {
        RenderedOverlay overlay = Overlays.rendered(name);
        List<String> published = Application.services().stream()
                .flatMap(service -> service.topic().stream()).distinct().toList();
        assertThat(overlay.kafkaTopics()).extracting(KafkaTopic::name).as("%s: Kafka topics", name)
                .containsExactlyInAnyOrderElementsOf(published);
        assertThat(overlay.kafkaTopics()).allSatisfy(topic -> {
            String where = name + ": " + topic.name();
            assertThat(topic.metadata().getLabels()).as("%s: its Strimzi cluster", where)
                    .containsKey("strimzi.io/cluster");
            assertThat(topic.spec().partitions()).as("%s partitions", where).isGreaterThanOrEqualTo(3);
            assertThat(topic.spec().config()).as("%s: read models are rebuilt from the topic's start", where)
                    .containsEntry("retention.ms", -1);
            assertThat(((Number) topic.spec().config().get("min.insync.replicas")).intValue())
                    .as("%s min.insync.replicas", where).isLessThanOrEqualTo(topic.spec().replicas());
        });
    }

    @Test
    void production_topics_survive_the_loss_of_a_broker() {
        RenderedOverlay prod = Overlays.rendered(Overlays.PROD);
        assertThat(prod.kafkaTopics()).isNotEmpty().allSatisfy(topic -> {
            assertThat(topic.spec().replicas()).as("%s replicas", topic.name()).isGreaterThanOrEqualTo(3);
            assertThat(((Number) topic.spec().config().get("min.insync.replicas")).intValue())
                    .as("%s min.insync.replicas", topic.name()).isEqualTo(topic.spec().replicas() - 1);
        });
    }

    /** Whether the rule lets a connection to this port in (a rule without ports admits every port). */
    private static boolean admits(NetworkPolicyIngressRule rule, int port) {
        return rule.getPorts() == null || rule.getPorts().isEmpty() || rule.getPorts().stream()
                .anyMatch(candidate -> candidate.getPort() == null || Integer.valueOf(port).equals(candidate.getPort().getIntVal()));
    }

    private static Map<String, String> podLabels(RenderedOverlay overlay, Application application) {
        return Overlays.deploymentOf(overlay, application).getSpec().getTemplate().getMetadata().getLabels();
    }

    private static List<NetworkPolicyIngressRule> rulesFor(RenderedOverlay overlay, Map<String, String> pod) {
        return overlay.networkPolicies().stream()
                .filter(policy -> LabelSelectors.matches(policy.getSpec().getPodSelector(), pod))
                .map(NetworkPolicy::getSpec)
                .flatMap(spec -> spec.getIngress().stream())
                .toList();
    }
}
