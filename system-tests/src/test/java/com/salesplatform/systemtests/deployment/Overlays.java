package com.salesplatform.systemtests.deployment;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.apps.Deployment;

import static org.assertj.core.api.Assertions.assertThat;

/** The overlays under k8s/overlays, each rendered once per test run. */
final class Overlays {

    static final String DEV = "dev";
    static final String PROD = "prod";

    private static final Map<String, RenderedOverlay> RENDERED = new ConcurrentHashMap<>();

    private Overlays() {
    }

    static RenderedOverlay rendered(String overlay) {
        Kubectl.required();
        return RENDERED.computeIfAbsent(overlay, RenderedOverlay::render);
    }

    static Deployment deploymentOf(RenderedOverlay overlay, Application application) {
        return overlay.named(Deployment.class, application.name()).orElseThrow(() -> new AssertionError(
                overlay.name() + ": no Deployment for " + application.name()));
    }

    /** The application's own container: the one named after it. */
    static Container containerOf(RenderedOverlay overlay, Application application) {
        var containers = deploymentOf(overlay, application).getSpec().getTemplate().getSpec().getContainers();
        assertThat(containers).as("%s: containers of %s", overlay.name(), application.name())
                .extracting(Container::getName).contains(application.name());
        return containers.stream().filter(container -> container.getName().equals(application.name()))
                .findFirst().orElseThrow();
    }
}
