package com.salesplatform.systemtests.deployment;

import java.util.List;
import java.util.Map;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.WeightedPodAffinityTerm;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every application's workload in each rendered overlay: a Deployment with probes on the actuator groups, requests
 * and limits, graceful shutdown and anti-affinity, a Service, an HPA and a PDB that fit it.
 */
class KubernetesWorkloadsTest {

    /** The highest resident memory measured after start (services 220-275 MiB, gateway 235 MiB). */
    private static final long MEASURED_RSS_MIB = 275;
    /** Spring's graceful shutdown waits up to 20 s per phase. */
    private static final int SHUTDOWN_PHASE_SECONDS = 20;

    @ParameterizedTest
    @ValueSource(strings = {Overlays.DEV, Overlays.PROD})
    void every_application_has_exactly_its_deployment_service_autoscaler_and_disruption_budget(String name) {
        RenderedOverlay overlay = Overlays.rendered(name);
        List<String> applications = Application.all().stream().map(Application::name).toList();

        assertThat(overlay.deployments()).filteredOn(deployment -> !isInfrastructure(deployment.getMetadata()))
                .extracting(deployment -> deployment.getMetadata().getName())
                .containsExactlyInAnyOrderElementsOf(applications);
        assertThat(overlay.services()).filteredOn(service -> !isInfrastructure(service.getMetadata()))
                .extracting(service -> service.getMetadata().getName())
                .containsExactlyInAnyOrderElementsOf(applications);
        assertThat(overlay.autoscalers()).extracting(hpa -> hpa.getSpec().getScaleTargetRef().getName())
                .containsExactlyInAnyOrderElementsOf(applications);
        assertThat(overlay.disruptionBudgets()).hasSameSizeAs(applications);
    }

    @ParameterizedTest
    @ValueSource(strings = {Overlays.DEV, Overlays.PROD})
    void every_deployment_probes_the_health_groups_on_its_api_port_and_has_the_actuator_on_its_management_port(
            String name) {
        RenderedOverlay overlay = Overlays.rendered(name);
        for (Application application : Application.all()) {
            Container container = Overlays.containerOf(overlay, application);
            String where = name + "/" + application.name();
            assertThat(container.getPorts()).as("%s ports", where).extracting(ContainerPort::getContainerPort)
                    .containsExactly(application.port(), application.managementPort());
            assertProbe(container.getLivenessProbe(), "/livez", container, application, where);
            assertProbe(container.getReadinessProbe(), "/readyz", container, application, where);
            assertProbe(container.getStartupProbe(), "/livez", container, application, where);
            assertThat(overlay.environment(container)).as("%s: the ports the application listens on", where)
                    .containsEntry("SERVER_PORT", String.valueOf(application.port()))
                    .containsEntry("MANAGEMENT_SERVER_PORT", String.valueOf(application.managementPort()));
            assertThat(Overlays.deploymentOf(overlay, application).getSpec().getTemplate().getMetadata()
                    .getAnnotations()).as("%s: scraped on the management port", where)
                    .containsEntry("prometheus.io/port", String.valueOf(application.managementPort()))
                    .containsEntry("prometheus.io/path", "/actuator/prometheus");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {Overlays.DEV, Overlays.PROD})
    void every_container_has_requests_and_limits_and_the_applications_fit_their_measured_memory(String name) {
        RenderedOverlay overlay = Overlays.rendered(name);
        overlay.podSpecs().flatMap(pod -> pod.getContainers().stream()).forEach(container -> {
            String where = name + "/" + container.getName();
            var resources = container.getResources();
            assertThat(resources.getRequests()).as("%s requests", where).containsKeys("cpu", "memory");
            assertThat(resources.getLimits()).as("%s limits", where).containsKeys("cpu", "memory");
            assertThat(Quantities.mebibytes(resources.getLimits(), where))
                    .as("%s memory limit >= request", where)
                    .isGreaterThanOrEqualTo(Quantities.mebibytes(resources.getRequests(), where));
            assertThat(Quantities.millicores(resources.getLimits(), where)).as("%s cpu limit >= request", where)
                    .isGreaterThanOrEqualTo(Quantities.millicores(resources.getRequests(), where));
        });
        for (Application application : Application.all()) {
            String where = name + "/" + application.name();
            Map<String, Quantity> requests =
                    Overlays.containerOf(overlay, application).getResources().getRequests();
            Map<String, Quantity> limits =
                    Overlays.containerOf(overlay, application).getResources().getLimits();
            assertThat(Quantities.mebibytes(requests, where)).as("%s memory request above the measured RSS", where)
                    .isGreaterThan(MEASURED_RSS_MIB);
            // the image gives the heap half the limit: it must not be smaller than the 256 MiB heap measured with
            assertThat(Quantities.mebibytes(limits, where) / 2).as("%s heap (half the memory limit)", where)
                    .isGreaterThanOrEqualTo(256);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {Overlays.DEV, Overlays.PROD})
    void every_deployment_shuts_down_gracefully_rolls_without_losing_capacity_and_spreads_its_pods(String name) {
        RenderedOverlay overlay = Overlays.rendered(name);
        for (Application application : Application.all()) {
            String where = name + "/" + application.name();
            Deployment deployment = Overlays.deploymentOf(overlay, application);
            PodSpec pod = deployment.getSpec().getTemplate().getSpec();
            Map<String, String> podLabels = deployment.getSpec().getTemplate().getMetadata().getLabels();

            assertThat(pod.getTerminationGracePeriodSeconds()).as("%s grace period", where)
                    .isGreaterThan(SHUTDOWN_PHASE_SECONDS + preStopPause(Overlays.containerOf(overlay, application)));
            assertThat(deployment.getSpec().getStrategy().getRollingUpdate().getMaxUnavailable().getIntVal())
                    .as("%s rolls without taking a ready pod away first", where).isZero();
            assertThat(pod.getAffinity().getPodAntiAffinity().getPreferredDuringSchedulingIgnoredDuringExecution())
                    .as("%s anti-affinity against its own pods", where)
                    .extracting(WeightedPodAffinityTerm::getPodAffinityTerm)
                    .anySatisfy(term -> {
                        assertThat(term.getTopologyKey()).isEqualTo("kubernetes.io/hostname");
                        assertThat(LabelSelectors.matches(term.getLabelSelector(), podLabels)).isTrue();
                    });
            assertThat(pod.getSecurityContext().getRunAsNonRoot()).as("%s runs as non-root", where).isTrue();
            assertThat(pod.getContainers()).allSatisfy(container -> assertThat(
                    container.getSecurityContext().getAllowPrivilegeEscalation()).as(where).isFalse());
            assertThat(LabelSelectors.matches(deployment.getSpec().getSelector(), podLabels))
                    .as("%s selector selects its own pods", where).isTrue();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {Overlays.DEV, Overlays.PROD})
    void every_deployment_has_an_autoscaler_a_disruption_budget_and_a_service_that_fit_it(String name) {
        RenderedOverlay overlay = Overlays.rendered(name);
        for (Application application : Application.all()) {
            String where = name + "/" + application.name();
            Deployment deployment = Overlays.deploymentOf(overlay, application);
            Map<String, String> podLabels = deployment.getSpec().getTemplate().getMetadata().getLabels();
            int replicas = deployment.getSpec().getReplicas();

            HorizontalPodAutoscaler autoscaler = overlay.autoscalers().stream()
                    .filter(hpa -> hpa.getSpec().getScaleTargetRef().getName().equals(application.name()))
                    .findFirst().orElseThrow();
            assertThat(autoscaler.getSpec().getScaleTargetRef().getKind()).isEqualTo("Deployment");
            assertThat(autoscaler.getSpec().getMinReplicas()).as("%s HPA minimum", where)
                    .isPositive().isLessThanOrEqualTo(replicas);
            assertThat(autoscaler.getSpec().getMaxReplicas()).as("%s HPA maximum", where)
                    .isGreaterThanOrEqualTo(replicas);
            assertThat(autoscaler.getSpec().getMetrics()).as("%s HPA metrics", where).isNotEmpty();

            List<PodDisruptionBudget> budgets = overlay.disruptionBudgets().stream()
                    .filter(pdb -> LabelSelectors.matches(pdb.getSpec().getSelector(), podLabels)).toList();
            assertThat(budgets).as("%s disruption budgets", where).hasSize(1);
            // a budget that never allows an eviction would block every node drain
            assertThat(budgets.get(0).getSpec().getMaxUnavailable()).as("%s PDB maxUnavailable", where).isNotNull();
            assertThat(budgets.get(0).getSpec().getMaxUnavailable().getIntVal()).isPositive();

            Service service = overlay.named(Service.class, application.name()).orElseThrow();
            assertThat(service.getSpec().getSelector()).as("%s Service selector", where)
                    .isEqualTo(deployment.getSpec().getSelector().getMatchLabels());
            assertThat(service.getSpec().getPorts()).as("%s Service port", where)
                    .singleElement().satisfies(port -> assertThat(port.getPort()).isEqualTo(application.port()));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {Overlays.DEV, Overlays.PROD})
    void every_application_runs_its_own_image_in_pods_labelled_as_part_of_the_platform(String name) {
        RenderedOverlay overlay = Overlays.rendered(name);
        for (Application application : Application.all()) {
            assertThat(Overlays.containerOf(overlay, application).getImage()).as("%s/%s image", name,
                    application.name()).startsWith("sales-platform/" + application.name() + ":");
            // the label operators select the platform's pods by (e.g. a scrape policy, docs/operations.md)
            assertThat(Overlays.deploymentOf(overlay, application).getSpec().getTemplate().getMetadata().getLabels())
                    .as("%s/%s pod labels", name, application.name())
                    .containsEntry("app.kubernetes.io/part-of", "sales-platform");
        }
    }

    /** What an overlay runs besides the applications (the development namespace's Redis for the gateway). */
    private static boolean isInfrastructure(ObjectMeta metadata) {
        return "infrastructure".equals(metadata.getLabels().get("app.kubernetes.io/component"));
    }

    private static int preStopPause(Container container) {
        var preStop = container.getLifecycle() == null ? null : container.getLifecycle().getPreStop();
        if (preStop == null || preStop.getExec() == null) {
            return 0;
        }
        List<String> command = preStop.getExec().getCommand();
        return command.get(0).equals("sleep") ? Integer.parseInt(command.get(1)) : 0;
    }

    private static void assertProbe(Probe probe, String path, Container container, Application application,
                                    String where) {
        assertThat(probe).as("%s probe on %s", where, path).isNotNull();
        assertThat(probe.getHttpGet()).as("%s probe on %s", where, path).isNotNull();
        assertThat(probe.getHttpGet().getPath()).as(where).isEqualTo(path);
        var port = probe.getHttpGet().getPort();
        int number = port.getIntVal() != null ? port.getIntVal() : container.getPorts().stream()
                .filter(candidate -> port.getStrVal().equals(candidate.getName()))
                .map(ContainerPort::getContainerPort).findFirst()
                .orElseThrow(() -> new AssertionError(where + ": probe port " + port.getStrVal() + " is not declared"));
        assertThat(number).as("%s probe port", where).isEqualTo(application.port());
    }
}
