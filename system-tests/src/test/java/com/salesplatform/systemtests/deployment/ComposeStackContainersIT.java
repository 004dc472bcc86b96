package com.salesplatform.systemtests.deployment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.salesplatform.systemtests.Gateway;
import com.salesplatform.systemtests.Gateway.Response;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.Socket;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.salesplatform.systemtests.deployment.Podman.compose;
import static com.salesplatform.systemtests.deployment.Podman.container;
import static com.salesplatform.systemtests.deployment.Podman.inspect;
import static com.salesplatform.systemtests.deployment.Podman.podman;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The images and the compose stack for real, with podman (no Docker engine needed): builds every image from this
 * repository ({@code docker/local-images/build-images.sh}, on the Debian base images of build-base-images.sh),
 * compares them with what the Kubernetes manifests declare, brings up docker-compose.yml with the local-images
 * override, waits for every health check, signs in through the gateway's container, runs target → order → report,
 * restarts Kafka's and then reporting-service's container and checks that nothing was lost, and tears everything
 * down, leaving no container, volume or network of its project behind.
 *
 * <p>Only with {@code -Pcontainers} (system-tests/pom.xml): it needs root, podman, podman-compose and mmdebstrap,
 * binds 127.0.0.1:8080 and takes several minutes. {@code SALES_CONTAINERS_SKIP_BUILD=1} uses images built before.
 *
 * <p>podman-compose 1.0.3 (Debian 12) neither waits for {@code depends_on: condition: service_healthy} nor runs
 * health checks on a machine without systemd (podman schedules them with systemd timers): the test does both, in
 * compose's order — PostgreSQL and Kafka, then the six services, then the gateway — running each container's own
 * health check with {@code podman healthcheck run}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ComposeStackContainersIT {

    private static final List<String> INFRASTRUCTURE = List.of("postgres", "kafka", "redis");
    private static final String DEMO_TEAM = "5a1e5000-0000-4000-8000-000000000001";
    private static final String TAG = System.getenv().getOrDefault("SALES_IMAGE_TAG", "dev");
    private static final Duration BUILD_TIMEOUT = Duration.ofMinutes(40);
    private static final Duration HEALTHY_TIMEOUT = Duration.ofMinutes(8);
    private static final Duration ARRIVAL_TIMEOUT = Duration.ofMinutes(2);
    private static final Pattern SPRING_STARTED = Pattern.compile("Started \\w+ in ([0-9.]+) seconds");

    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, Long> healthyAfterSeconds = new LinkedHashMap<>();
    private final Map<String, String> springStart = new LinkedHashMap<>();
    private Gateway gateway;
    private String target;
    private String order;
    private BigDecimal orderTotal;

    @BeforeAll
    void buildTheImagesAndBringTheStackUp() {
        assertThat(portOpen(8080)).as("something listens on 127.0.0.1:8080 already (a ./run.sh platform or another "
                + "stack): stop it first, this test publishes the gateway there").isFalse();
        if (!"1".equals(System.getenv("SALES_CONTAINERS_SKIP_BUILD"))) {
            long t0 = System.nanoTime();
            Podman.script(BUILD_TIMEOUT, "docker/local-images/build-images.sh").orFail("build-images.sh");
            log("images built in %d s", seconds(t0));
        }
        removeLeftovers();

        Instant up = Instant.now();
        // compose's depends_on order, each step healthy before the next (podman-compose does not wait itself)
        upAndAwaitHealthy(up, INFRASTRUCTURE);
        upAndAwaitHealthy(up, Application.services().stream().map(Application::name).toList());
        upAndAwaitHealthy(up, List.of(Application.GATEWAY));
        log("stack healthy after %d s; healthy after (s since up): %s", Duration.between(up, Instant.now())
                .toSeconds(), healthyAfterSeconds);
        Application.all().forEach(application -> springStart.put(application.name(), springStartOf(application)));
        log("Spring start as each application logged it: %s", springStart);
        gateway = new Gateway(URI.create("http://127.0.0.1:8080"));
    }

    @AfterAll
    void tearDownAndLeaveNothingBehind() {
        compose(Duration.ofMinutes(5), "down", "--volumes", "-t", "30");
        // podman-compose 1.0.3 removes containers and (with --volumes) volumes, never the networks it created
        for (String network : projectObjects("network")) {
            podman(Duration.ofMinutes(1), "network", "rm", "-f", network);
        }
        assertThat(projectObjects("container")).as("containers of project %s left behind", Podman.PROJECT).isEmpty();
        assertThat(projectObjects("volume")).as("volumes of project %s left behind", Podman.PROJECT).isEmpty();
        assertThat(projectObjects("network")).as("networks of project %s left behind", Podman.PROJECT).isEmpty();
    }

    @Test
    @Order(1)
    @DisplayName("every container runs its image as declared: non-root, read-only root, writable /tmp, healthy")
    void everyContainerRunsAsDeclared() {
        for (Application application : Application.all()) {
            String name = container(application.name());
            assertThat(inspect(name, "{{.State.Health.Status}}")).as("%s health", name).isEqualTo("healthy");
            assertThat(inspect(name, "{{.HostConfig.ReadonlyRootfs}}")).as("%s read-only root", name)
                    .isEqualTo("true");
            assertThat(exec(name, "id", "-u").output().trim()).as("%s user", name).isEqualTo("10001");
            assertThat(exec(name, "touch", "/app/written").exitCode()).as("%s: / is not writable", name)
                    .isNotZero();
            assertThat(exec(name, "touch", "/tmp/written").exitCode()).as("%s: /tmp is writable", name).isZero();
        }
        for (String infrastructure : INFRASTRUCTURE) {
            assertThat(inspect(container(infrastructure), "{{.State.Health.Status}}")).as(infrastructure)
                    .isEqualTo("healthy");
        }
    }

    @Test
    @Order(2)
    @DisplayName("the Kubernetes manifests name exactly the images built here, with their ports, user and /tmp")
    void theManifestsMatchTheBuiltImages() {
        RenderedOverlay dev = Overlays.rendered(Overlays.DEV);
        RenderedOverlay prod = Overlays.rendered(Overlays.PROD);
        for (Application application : Application.all()) {
            String image = "sales-platform/" + application.name() + ":" + TAG;
            JsonNode inspected = inspectImage(image);
            JsonNode config = inspected.path("Config");
            Container devContainer = Overlays.containerOf(dev, application);
            Container prodContainer = Overlays.containerOf(prod, application);

            assertThat(devContainer.getImage()).as("dev image of %s", application.name()).isEqualTo(image);
            assertThat(prodContainer.getImage()).as("prod image of %s", application.name())
                    .startsWith("sales-platform/" + application.name() + ":");

            int httpPort = devContainer.getPorts().stream().filter(port -> "http".equals(port.getName()))
                    .map(ContainerPort::getContainerPort).findFirst().orElseThrow();
            List<String> exposed = new ArrayList<>();
            config.path("ExposedPorts").fieldNames().forEachRemaining(exposed::add);
            assertThat(exposed).as("%s: the image exposes the manifest's http port", image)
                    .containsExactly(httpPort + "/tcp");
            assertThat(environment(config)).as("%s: the image listens where the manifest probes", image)
                    .containsEntry("SERVER_PORT", String.valueOf(httpPort));

            assertThat(inspected.path("Healthcheck").path("Test").toString()).as("%s: the Dockerfile's HEALTHCHECK "
                    + "(kept only in the docker image format)", image).contains("healthcheck");

            String user = config.path("User").asText();
            for (RenderedOverlay overlay : List.of(dev, prod)) {
                Deployment deployment = Overlays.deploymentOf(overlay, application);
                PodSpec pod = deployment.getSpec().getTemplate().getSpec();
                Container container = Overlays.containerOf(overlay, application);
                assertThat(user).as("%s: the image's user is the manifest's runAsUser:runAsGroup", image)
                        .isEqualTo(pod.getSecurityContext().getRunAsUser() + ":"
                                + pod.getSecurityContext().getRunAsGroup());
                assertThat(container.getSecurityContext().getReadOnlyRootFilesystem())
                        .as("%s %s: read-only root", overlay.name(), application.name()).isTrue();
                String tmpVolume = container.getVolumeMounts().stream()
                        .filter(mount -> "/tmp".equals(mount.getMountPath())).map(mount -> mount.getName())
                        .findFirst().orElseThrow(() -> new AssertionError(overlay.name() + " " + application.name()
                                + ": no volume on /tmp, where the JVM writes"));
                assertThat(pod.getVolumes()).as("%s %s: /tmp is an emptyDir", overlay.name(), application.name())
                        .anySatisfy(volume -> {
                            assertThat(volume.getName()).isEqualTo(tmpVolume);
                            assertThat(volume.getEmptyDir()).isNotNull();
                        });
                Optional.ofNullable(container.getLifecycle()).map(lifecycle -> lifecycle.getPreStop())
                        .map(preStop -> preStop.getExec()).ifPresent(preStop -> assertThat(
                                exec(container(application.name()), "sh", "-c",
                                        "command -v " + preStop.getCommand().get(0)).exitCode())
                                .as("%s: the preStop command %s exists in the image", image, preStop.getCommand())
                                .isZero());
            }
        }
    }

    @Test
    @Order(3)
    @DisplayName("through the gateway's container: a target, an order for a new customer, both in the reports")
    void targetOrderAndReportThroughTheGateway() {
        String manager = gateway.token("manager", "manager");
        String admin = gateway.token("admin", "admin");
        String rep = gateway.token("rep1", "rep1");

        target = setTarget(manager, "containers smoke " + UUID.randomUUID());

        Response lead = gateway.post("/api/customers/leads", Map.of(
                "name", "容器测试客户 " + UUID.randomUUID().toString().substring(0, 8), "type", "B2B",
                "industry", "零售", "region", "华东", "channel", "EXHIBITION",
                "contact", Map.of("name", "王芳", "phone", "+86 138 0000 1111", "email", "wang@example.cn",
                        "role", "采购经理")), rep);
        assertThat(lead.status()).as("register a lead: %s", lead).isEqualTo(201);
        String customer = lead.json().path("id").asText();

        String sku = "CTR-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        Response product = gateway.post("/api/products",
                Map.of("sku", sku, "name", "容器测试产品", "category", "软件", "listPrice", new BigDecimal("1000.00")),
                admin);
        assertThat(product.status()).as("add a product: %s", product).isEqualTo(201);

        // orders-service knows the customer once its LeadRegistered came through Kafka: place until it does
        Map<String, Object> placement = Map.of("id", UUID.randomUUID().toString(), "customerId", customer,
                "lines", List.of(Map.of("sku", sku, "quantity", 2)), "paymentTermsDays", 30);
        AtomicReference<Response> placed = new AtomicReference<>();
        await("order placed for customer " + customer).atMost(ARRIVAL_TIMEOUT).pollInterval(Duration.ofSeconds(1))
                .until(() -> {
                    placed.set(gateway.post("/api/orders", placement, rep));
                    return placed.get().status() == 201;
                });
        order = placed.get().json().path("id").asText();
        orderTotal = new BigDecimal(placed.get().json().path("total").asText());
        assertThat(placed.get().json().path("status").asText()).as("%s", placed.get()).isEqualTo("PLACED");
        assertThat(orderTotal).as("%s", placed.get()).isEqualByComparingTo("2000.00");

        Response confirmed = gateway.post("/api/orders/" + order + "/confirmation", Map.of(), manager);
        assertThat(confirmed.status()).as("confirm the order: %s", confirmed).isEqualTo(204);

        awaitTargetInReport(manager, target);
        awaitBookedRevenueAtLeast(manager, orderTotal);
    }

    @Test
    @Order(4)
    @DisplayName("Kafka's container restarts: its topics are kept and events set meanwhile reach the report")
    void aRestartedBrokerLosesNothing() {
        assertThat(target).as("the flow test ran first").isNotNull();
        String manager = gateway.token("manager", "manager");

        Instant t0 = Instant.now();
        podman(Duration.ofMinutes(3), "restart", "-t", "30", container("kafka")).orFail("podman restart kafka");
        String duringRestart = setTarget(manager, "while Kafka restarts " + UUID.randomUUID());
        awaitHealthy(container("kafka"), HEALTHY_TIMEOUT);
        log("kafka healthy again %d s after the restart", Duration.between(t0, Instant.now()).toSeconds());

        awaitTargetInReport(manager, duringRestart);
        awaitTargetInReport(manager, target);
        awaitBookedRevenueAtLeast(manager, orderTotal);
    }

    @Test
    @Order(5)
    @DisplayName("reporting-service's container restarts (a new address): its figures are still there, new events reach it")
    void aRestartedServiceLosesNothing() {
        assertThat(target).as("the flow test ran first").isNotNull();
        String manager = gateway.token("manager", "manager");

        Instant t0 = Instant.now();
        podman(Duration.ofMinutes(3), "restart", "-t", "45", container("reporting-service")).orFail("podman restart");
        awaitHealthy(container("reporting-service"), HEALTHY_TIMEOUT);
        log("reporting-service healthy again %d s after the restart", Duration.between(t0, Instant.now()).toSeconds());

        awaitTargetInReport(manager, target);
        awaitBookedRevenueAtLeast(manager, orderTotal);
        String afterRestart = setTarget(manager, "after the restart " + UUID.randomUUID());
        awaitTargetInReport(manager, afterRestart);
        Response order = gateway.get("/api/orders/" + this.order, manager);
        assertThat(order.status()).as("%s", order).isEqualTo(200);
        assertThat(order.json().path("status").asText()).as("%s", order).isEqualTo("CONFIRMED");
    }

    // ------------------------------------------------------------------------------------------ the flow's steps

    private String setTarget(String token, String marker) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("scope", "TEAM");
        body.put("ownerId", DEMO_TEAM);
        body.put("period", "2027");
        body.put("metric", "REVENUE");
        body.put("amount", new BigDecimal("1200000.00"));
        body.put("specific", "Grow the demo team's booked revenue to 1.2 M CNY (" + marker + ")");
        body.put("achievable", "Last year's 1.0 M CNY plus 20 % from the two new regions");
        body.put("relevant", "Serves the company's growth strategy");
        Response created = gateway.post("/api/targets", body, token);
        assertThat(created.status()).as("set a target: %s", created).isEqualTo(201);
        return created.json().path("id").asText();
    }

    private void awaitTargetInReport(String token, String id) {
        AtomicReference<Response> last = new AtomicReference<>();
        await("target " + id + " in the attainment report").atMost(ARRIVAL_TIMEOUT)
                .pollInterval(Duration.ofSeconds(1)).ignoreExceptions()
                .untilAsserted(() -> {
                    last.set(gateway.get("/api/reports/target-attainment?period=2027&size=100", token));
                    assertThat(last.get().status()).as("%s", last.get()).isEqualTo(200);
                    assertThat(last.get().json().path("items").findValuesAsText("targetId")
                            .stream().anyMatch(id::equals) || last.get().body().contains(id))
                            .as("target %s in %s", id, last.get()).isTrue();
                });
    }

    private void awaitBookedRevenueAtLeast(String token, BigDecimal amount) {
        await("booked revenue of at least " + amount + " in today's sales trend").atMost(ARRIVAL_TIMEOUT)
                .pollInterval(Duration.ofSeconds(1)).ignoreExceptions()
                .untilAsserted(() -> {
                    Response trend = gateway.get("/api/reports/sales-trend?granularity=DAY", token);
                    assertThat(trend.status()).as("%s", trend).isEqualTo(200);
                    BigDecimal booked = trend.json().findValues("bookedRevenue").stream()
                            .map(value -> new BigDecimal(value.asText())).reduce(BigDecimal.ZERO, BigDecimal::add);
                    assertThat(booked).as("booked revenue in %s", trend).isGreaterThanOrEqualTo(amount);
                });
    }

    // ------------------------------------------------------------------------------------------ the stack

    private void upAndAwaitHealthy(Instant up, List<String> services) {
        List<String> arguments = new ArrayList<>(List.of("up", "-d", "--no-build", "--no-deps"));
        arguments.addAll(services);
        compose(Duration.ofMinutes(5), arguments.toArray(String[]::new)).orFail("podman-compose up " + services);
        for (String service : services) {
            awaitHealthy(container(service), HEALTHY_TIMEOUT);
            healthyAfterSeconds.put(service, Duration.between(up, Instant.now()).toSeconds());
        }
    }

    private static void awaitHealthy(String name, Duration timeout) {
        try {
            await(name + " healthy").atMost(timeout).pollInterval(Duration.ofSeconds(3)).until(() -> {
                String state = inspect(name, "{{.State.Status}}");
                if (!"running".equals(state)) {
                    return false;
                }
                return podman(Duration.ofSeconds(60), "healthcheck", "run", name).exitCode() == 0;
            });
        } catch (RuntimeException e) {
            throw new AssertionError(name + " did not become healthy within " + timeout + "; its log ends with:\n"
                    + Podman.tail(podman(Duration.ofSeconds(30), "logs", "--tail", "60", name).output(), 6000), e);
        }
    }

    private String springStartOf(Application application) {
        String logs = podman(Duration.ofSeconds(30), "logs", container(application.name())).output();
        Matcher started = SPRING_STARTED.matcher(logs);
        String last = "?";
        while (started.find()) {
            last = started.group(1) + " s";
        }
        return last;
    }

    private void removeLeftovers() {
        if (!projectObjects("container").isEmpty() || !projectObjects("volume").isEmpty()) {
            compose(Duration.ofMinutes(5), "down", "--volumes", "-t", "10");
        }
        for (String network : projectObjects("network")) {
            podman(Duration.ofMinutes(1), "network", "rm", "-f", network);
        }
    }

    private static List<String> projectObjects(String kind) {
        List<String> arguments = switch (kind) {
            case "container" -> List.of("ps", "-a", "--filter", "label=" + Podman.PROJECT_LABEL, "--format", "{{.Names}}");
            case "volume" -> List.of("volume", "ls", "--filter", "label=" + Podman.PROJECT_LABEL, "--format",
                    "{{.Name}}");
            case "network" -> List.of("network", "ls", "--filter", "label=" + Podman.PROJECT_LABEL, "--format",
                    "{{.Name}}");
            default -> throw new IllegalArgumentException(kind);
        };
        return podman(Duration.ofMinutes(1), arguments.toArray(String[]::new)).orFail("podman " + arguments).lines();
    }

    private JsonNode inspectImage(String image) {
        String inspected = podman(Duration.ofSeconds(30), "image", "inspect", image).orFail("podman image inspect "
                + image + " (built by docker/local-images/build-images.sh)").output();
        try {
            return json.readTree(inspected).path(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> environment(JsonNode config) {
        Map<String, String> environment = new LinkedHashMap<>();
        config.path("Env").forEach(entry -> {
            String[] pair = entry.asText().split("=", 2);
            environment.put(pair[0], pair.length > 1 ? pair[1] : "");
        });
        return environment;
    }

    private static Podman.Result exec(String container, String... command) {
        List<String> arguments = new ArrayList<>(List.of("exec", container));
        arguments.addAll(List.of(command));
        return podman(Duration.ofSeconds(60), arguments.toArray(String[]::new));
    }

    private static boolean portOpen(int port) {
        try (Socket ignored = new Socket("127.0.0.1", port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static long seconds(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos).toSeconds();
    }

    private static void log(String format, Object... arguments) {
        System.out.printf("[containers] " + format + "%n", arguments);
    }
}
