package com.salesplatform.systemtests.deployment;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the applications are told in each overlay: every variable they read is set (and nothing else), tokens are
 * trusted consistently between the gateway and the services, credentials come from Secrets that the manifests
 * reference but never contain, production pins its images and trusts an external issuer, and the database
 * bootstrap Job only ever creates.
 */
class KubernetesConfigurationTest {

    private static final Pattern DESTRUCTIVE_SQL =
            Pattern.compile("\\b(DROP|TRUNCATE|DELETE|ALTER|REVOKE|UPDATE)\\b", Pattern.CASE_INSENSITIVE);
    private static final String BOOTSTRAP_SCRIPT = "k8s/base/create-databases.sh";

    @ParameterizedTest
    @ValueSource(strings = {Overlays.DEV, Overlays.PROD})
    void every_application_gets_every_variable_it_reads_and_none_it_does_not(String name) {
        RenderedOverlay overlay = Overlays.rendered(name);
        for (Application application : Application.all()) {
            Map<String, String> environment = overlay.environment(Overlays.containerOf(overlay, application));
            ApplicationEnvironment.assertFits(application, environment.keySet(),
                    ApplicationEnvironment.profiles(environment.get("SPRING_PROFILES_ACTIVE")), name);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {Overlays.DEV, Overlays.PROD})
    void the_gateway_reaches_every_service_at_its_kubernetes_service(String name) {
        RenderedOverlay overlay = Overlays.rendered(name);
        Map<String, String> gateway = overlay.environment(Overlays.containerOf(overlay, Application.gateway()));
        for (Application service : Application.services()) {
            URI url = URI.create(gateway.get(service.urlVariable()));
            assertThat(url.getHost()).as("%s: %s", name, service.urlVariable()).isEqualTo(service.name());
            assertThat(url.getPort()).as("%s: %s", name, service.urlVariable()).isEqualTo(service.port());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {Overlays.DEV, Overlays.PROD})
    void the_services_trust_exactly_the_issuer_whose_tokens_the_gateway_accepts(String name) {
        RenderedOverlay overlay = Overlays.rendered(name);
        Map<String, String> gateway = overlay.environment(Overlays.containerOf(overlay, Application.gateway()));
        boolean local = ApplicationEnvironment.profiles(gateway.get("SPRING_PROFILES_ACTIVE")).contains("local");
        String gatewayIssuer = local ? gateway.get("SALES_JWT_ISSUER")
                : gateway.getOrDefault("OIDC_ISSUER_URI", gateway.get("SALES_JWT_ISSUER"));
        for (Application service : Application.services()) {
            Map<String, String> environment = overlay.environment(Overlays.containerOf(overlay, service));
            String where = name + "/" + service.name();
            assertThat(environment.get("SALES_JWT_ISSUER")).as("%s issuer", where).isEqualTo(gatewayIssuer);
            assertThat(environment.get("SALES_JWT_AUDIENCE")).as("%s audience", where)
                    .isEqualTo(gateway.get("SALES_JWT_AUDIENCE"));
            if (local) {
                URI jwks = URI.create(environment.get("SALES_JWT_JWK_SET_URI"));
                assertThat(jwks.getHost()).as("%s: the gateway's keys", where).startsWith("gateway.");
                assertThat(jwks.getPath()).isEqualTo("/.well-known/jwks.json");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {Overlays.DEV, Overlays.PROD})
    void credentials_come_from_secrets_that_are_referenced_documented_and_never_rendered(String name) {
        RenderedOverlay overlay = Overlays.rendered(name);
        assertThat(overlay.all(Secret.class)).as("%s: Secret objects (their values do not belong in git)", name)
                .isEmpty();
        String operations = RepositoryFiles.read("docs/operations.md");
        List<String> referenced = overlay.podSpecs().flatMap(pod -> pod.getContainers().stream())
                .flatMap(container -> container.getEnv().stream())
                .filter(variable -> variable.getValueFrom() != null && variable.getValueFrom().getSecretKeyRef() != null)
                .map(variable -> variable.getValueFrom().getSecretKeyRef().getName()).distinct().toList();
        assertThat(referenced).as("%s: referenced secrets", name).isNotEmpty()
                .allSatisfy(secret -> assertThat(operations).as("docs/operations.md creates secret %s", secret)
                        .contains("kubectl create secret generic " + secret));
        overlay.podSpecs().flatMap(pod -> pod.getContainers().stream()).forEach(container -> {
            for (EnvVar variable : container.getEnv()) {
                if (isSecret(variable.getName())) {
                    assertThat(variable.getValueFrom()).as("%s: %s of %s from a Secret", name, variable.getName(),
                            container.getName()).isNotNull();
                    assertThat(variable.getValueFrom().getSecretKeyRef()).isNotNull();
                }
            }
        });
        overlay.all(ConfigMap.class).forEach(configMap -> assertThat(configMap.getData().keySet())
                .as("%s: ConfigMap %s holds no password", name, configMap.getMetadata().getName())
                .noneMatch(KubernetesConfigurationTest::isSecret));
        Map<String, String> customers = overlay.environment(Overlays.containerOf(overlay, Application.services()
                .stream().filter(service -> service.name().equals("customer-service")).findFirst().orElseThrow()));
        assertThat(customers).as("%s: customer-service's personal-data keys", name)
                .containsKeys("SALES_CUSTOMER_KEK", "SALES_CUSTOMER_FINGERPRINT_KEY");
    }

    /** Passwords and keys (the personal-data key-encryption and fingerprint keys). */
    private static boolean isSecret(String variable) {
        String name = variable.toUpperCase();
        return name.contains("PASSWORD") || name.contains("_KEK") || name.endsWith("_KEY");
    }

    @ParameterizedTest
    @ValueSource(strings = {Overlays.DEV, Overlays.PROD})
    void no_cluster_runs_the_local_profile_with_its_demo_users(String name) {
        RenderedOverlay overlay = Overlays.rendered(name);
        for (Application application : Application.all()) {
            Map<String, String> environment = overlay.environment(Overlays.containerOf(overlay, application));
            assertThat(ApplicationEnvironment.profiles(environment.get("SPRING_PROFILES_ACTIVE")))
                    .as("%s profiles of %s (the local profile has demo users)", name, application.name())
                    .isNotEmpty().doesNotContain("local");
        }
        Map<String, String> gateway = overlay.environment(Overlays.containerOf(overlay, Application.gateway()));
        assertThat(URI.create(gateway.get("OIDC_ISSUER_URI")).getScheme()).as("%s OIDC issuer", name)
                .isEqualTo("https");
    }

    @ParameterizedTest
    @ValueSource(strings = {Overlays.DEV, Overlays.PROD})
    void every_gateway_replica_shares_one_redis_that_keeps_nothing_on_disk(String name) {
        RenderedOverlay overlay = Overlays.rendered(name);
        String url = overlay.environment(Overlays.containerOf(overlay, Application.gateway())).get("SALES_REDIS_URL");
        assertThat(url).as("%s: SALES_REDIS_URL of the gateway", name).isNotBlank();
        if (name.equals(Overlays.PROD)) {
            assertThat(url).as("prod: the site's Redis, credentials included, from a Secret")
                    .isEqualTo("secret:sales-redis/url");
            return;
        }
        URI redis = URI.create(url);
        Service service = overlay.named(Service.class, redis.getHost())
                .orElseThrow(() -> new AssertionError(name + ": no Service " + redis.getHost()));
        assertThat(service.getSpec().getPorts()).extracting(port -> port.getPort()).contains(redis.getPort());
        Deployment deployment = overlay.deployments().stream()
                .filter(candidate -> candidate.getSpec().getSelector().getMatchLabels()
                        .equals(service.getSpec().getSelector()))
                .findFirst().orElseThrow(() -> new AssertionError(name + ": no Deployment behind " + redis));
        assertThat(deployment.getSpec().getReplicas()).as("%s: one Redis, not several halves", name).isEqualTo(1);
        assertThat(String.join(" ", deployment.getSpec().getTemplate().getSpec().getContainers().get(0).getArgs()))
                .as("%s: no snapshots, no append-only file", name).contains("--save  --appendonly no");
    }

    @Test
    void production_pins_every_image() {
        RenderedOverlay prod = Overlays.rendered(Overlays.PROD);
        prod.podSpecs().flatMap(pod -> Stream.concat(pod.getInitContainers().stream(), pod.getContainers().stream()))
                .forEach(container -> {
                    String image = container.getImage();
                    String tag = image.contains(":") ? image.substring(image.lastIndexOf(':') + 1) : "";
                    assertThat(tag).as("prod image %s of %s: a pinned tag", image, container.getName())
                            .isNotBlank().isNotEqualTo("latest");
                    assertThat(container.getImagePullPolicy()).as("prod %s pull policy", container.getName())
                            .isNotEqualTo("Always");
                });
        // its profiles and issuer: no_cluster_runs_the_local_profile_with_its_demo_users
    }

    @Test
    void production_runs_at_least_two_replicas_of_everything() {
        RenderedOverlay prod = Overlays.rendered(Overlays.PROD);
        assertThat(prod.deployments()).allSatisfy(deployment -> assertThat(deployment.getSpec().getReplicas())
                .as("prod replicas of %s", deployment.getMetadata().getName()).isGreaterThanOrEqualTo(2));
        assertThat(prod.autoscalers()).allSatisfy(hpa -> assertThat(hpa.getSpec().getMinReplicas())
                .as("prod HPA minimum of %s", hpa.getMetadata().getName()).isGreaterThanOrEqualTo(2));
    }

    @ParameterizedTest
    @ValueSource(strings = {Overlays.DEV, Overlays.PROD})
    void the_bootstrap_job_creates_every_database_and_runs_nothing_destructive(String name) {
        RenderedOverlay overlay = Overlays.rendered(name);
        List<Job> jobs = overlay.all(Job.class);
        assertThat(jobs).as("%s jobs", name).isNotEmpty();
        String script = RepositoryFiles.read(BOOTSTRAP_SCRIPT);
        assertThat(DESTRUCTIVE_SQL.matcher(script).find()).as("%s contains a destructive statement", BOOTSTRAP_SCRIPT)
                .isFalse();
        for (Application service : Application.services()) {
            assertThat(script).as("%s creates %s", BOOTSTRAP_SCRIPT, service.database().orElseThrow())
                    .contains(service.database().orElseThrow());
        }
        Set<String> mountedScripts = Set.copyOf(jobs.stream()
                .flatMap(job -> job.getSpec().getTemplate().getSpec().getVolumes().stream())
                .filter(volume -> volume.getConfigMap() != null)
                .flatMap(volume -> overlay.configMap(volume.getConfigMap().getName()).getData().values().stream())
                .toList());
        assertThat(mountedScripts).as("%s: the Job runs the reviewed script", name).containsExactly(script);
        assertThat(jobs).allSatisfy(job -> {
            List<Container> containers = job.getSpec().getTemplate().getSpec().getContainers();
            assertThat(containers).allSatisfy(container -> assertThat(String.join(" ", container.getCommand()))
                    .contains("/create-databases.sh"));
        });
    }
}
