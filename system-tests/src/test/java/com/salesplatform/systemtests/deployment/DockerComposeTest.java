package com.salesplatform.systemtests.deployment;

import java.net.URI;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** docker-compose.yml: the whole platform on a laptop, checked without a Docker engine. */
class DockerComposeTest {

    private static final String POSTGRES = "postgres";
    private static final String KAFKA = "kafka";
    private static final String REDIS = "redis";
    private static final String BACKEND = "backend";
    private static final String EDGE = "edge";
    private static final String INIT_DIRECTORY = "/docker-entrypoint-initdb.d/";
    private static final Pattern DESTRUCTIVE_SQL =
            Pattern.compile("\\b(DROP|TRUNCATE|DELETE|ALTER|REVOKE|UPDATE)\\b", Pattern.CASE_INSENSITIVE);

    private final ComposeFile compose = ComposeFile.load();

    @Test
    void every_application_is_built_from_the_dockerfile_for_its_module_and_port() {
        for (Application application : Application.all()) {
            Map<String, Object> service = compose.service(application.name());
            assertThat(Yamls.string(service, "build", "context")).as(application.name()).isEqualTo(".");
            assertThat(Yamls.string(service, "build", "args", "MODULE")).as(application.name())
                    .isEqualTo(application.name());
            assertThat(Yamls.string(service, "build", "args", "PORT")).as(application.name())
                    .isEqualTo(String.valueOf(application.port()));
            assertThat(ComposeFile.interpolate(Yamls.string(service, "image")))
                    .startsWith("sales-platform/" + application.name() + ":");
        }
    }

    @Test
    void every_container_has_a_health_check_and_waits_for_what_it_needs_to_be_healthy() {
        compose.services().keySet().forEach(name -> {
            Map<String, Object> service = compose.service(name);
            assertThat(Yamls.list(service, "healthcheck", "test")).as("%s health check", name).isNotEmpty()
                    .first().isNotEqualTo("NONE");
            assertThat(Yamls.at(service, "healthcheck", "disable")).as("%s health check disabled", name).isEmpty();
            Yamls.map(service, "depends_on").forEach((dependency, condition) ->
                    assertThat(Yamls.string(condition, "condition")).as("%s waits for %s", name, dependency)
                            .isEqualTo("service_healthy"));
        });
        for (Application service : Application.services()) {
            assertThat(Yamls.map(compose.service(service.name()), "depends_on")).as(service.name())
                    .containsKeys(POSTGRES, KAFKA);
        }
        assertThat(Yamls.map(compose.service(Application.GATEWAY), "depends_on")).as("the gateway starts last")
                .containsKeys(Application.services().stream().map(Application::name).toArray(String[]::new))
                .containsKey(REDIS);
    }

    @Test
    void the_gateway_is_the_only_published_api_port_and_only_on_this_machine_by_default() {
        compose.services().keySet().stream().filter(name -> !compose.optional(name)).forEach(name -> {
            List<String> ports = Yamls.list(compose.service(name), "ports").stream().map(String::valueOf)
                    .map(ComposeFile::interpolate).toList();
            if (Application.GATEWAY.equals(name)) {
                int port = Application.gateway().port();
                assertThat(ports).as("gateway ports (never its management port)")
                        .containsExactly("127.0.0.1:" + port + ":" + port);
            } else {
                assertThat(ports).as("%s publishes no port", name).isEmpty();
            }
        });
        compose.services().keySet().stream().filter(compose::optional).forEach(name ->
                assertThat(Yamls.list(compose.service(name), "ports")).as("%s ports", name)
                        .allSatisfy(port -> assertThat(ComposeFile.interpolate(String.valueOf(port)))
                                .startsWith("127.0.0.1:")));
    }

    @Test
    void nothing_but_the_gateway_and_prometheus_reaches_the_services_so_the_gateways_limits_cannot_be_skipped() {
        assertThat(Yamls.at(compose.network(BACKEND), "internal")).as("the backend network is internal")
                .contains(true);
        for (Application service : Application.services()) {
            assertThat(compose.networks(service.name())).as(service.name()).containsExactly(BACKEND);
        }
        assertThat(compose.networks(POSTGRES)).containsExactly(BACKEND);
        assertThat(compose.networks(KAFKA)).containsExactly(BACKEND);
        assertThat(compose.networks(REDIS)).containsExactly(BACKEND);
        assertThat(compose.networks(Application.GATEWAY)).containsExactlyInAnyOrder(EDGE, BACKEND);
        assertThat(compose.networks("prometheus")).containsExactlyInAnyOrder(EDGE, BACKEND);
        assertThat(compose.networks("grafana")).containsExactly(EDGE);
    }

    @Test
    void no_demo_users_or_known_passwords_unless_the_developer_asks_for_them() {
        for (Application application : Application.all()) {
            String profiles = rawEnvironment(application.name()).get("SPRING_PROFILES_ACTIVE");
            assertThatThrownBy(() -> ComposeFile.interpolate(profiles, Map.of()))
                    .as("%s: the profile has no default (the local profile has demo users)", application.name())
                    .hasMessageContaining("SALES_PROFILE is required");
        }
        for (Application service : Application.services()) {
            assertThatThrownBy(() -> ComposeFile.interpolate(rawEnvironment(service.name()).get("SALES_DB_PASSWORD"),
                    Map.of())).as("%s: no default database password", service.name())
                    .hasMessageContaining("SALES_DB_PASSWORD is required");
        }
        assertThatThrownBy(() -> ComposeFile.interpolate(rawEnvironment(POSTGRES).get("POSTGRES_PASSWORD"), Map.of()))
                .hasMessageContaining("SALES_DB_PASSWORD is required");
        assertThat(ComposeFile.localEnvironment()).as(ComposeFile.LOCAL_ENV + ": the explicit local opt-in")
                .containsEntry("SALES_PROFILE", "local").doesNotContainKey("GRAFANA_ADMIN_PASSWORD");
        Map<String, String> customers = rawEnvironment("customer-service");
        for (String key : List.of("SALES_CUSTOMER_KEK", "SALES_CUSTOMER_FINGERPRINT_KEY")) {
            assertThatThrownBy(() -> ComposeFile.interpolate(customers.get(key), Map.of()))
                    .as("customer-service: no default %s (personal-data key)", key)
                    .hasMessageContaining(key + " is required");
            assertThat(ComposeFile.localEnvironment().get(key))
                    .as("%s: the local profile's demo key, refused with any other profile", ComposeFile.LOCAL_ENV)
                    .startsWith("local-demo:");
        }

        Map<String, String> grafana = rawEnvironment("grafana");
        assertThat(grafana.get("GF_AUTH_ANONYMOUS_ENABLED")).isEqualTo("false");
        assertThat(ComposeFile.interpolate(grafana.get("GF_SECURITY_ADMIN_PASSWORD"), Map.of()))
                .as("no default Grafana admin password").isEmpty();
        assertThat(String.join(" ", Yamls.list(compose.service("grafana"), "entrypoint").stream()
                .map(String::valueOf).toList()))
                .as("Grafana refuses to start without an admin password")
                .contains("[ -n \"$$GF_SECURITY_ADMIN_PASSWORD\" ] ||", "exit 1", "exec /run.sh");
    }

    @Test
    void every_application_gets_every_variable_it_reads_and_none_it_does_not() {
        for (Application application : Application.all()) {
            Map<String, String> environment = compose.environment(application.name());
            ApplicationEnvironment.assertFits(application, environment.keySet(),
                    ApplicationEnvironment.profiles(environment.get("SPRING_PROFILES_ACTIVE")), "docker-compose.yml");
        }
    }

    @Test
    void the_settings_point_at_the_containers_of_this_file() {
        Map<String, String> postgres = compose.environment(POSTGRES);
        Map<String, String> gateway = compose.environment(Application.GATEWAY);
        boolean local = ApplicationEnvironment.profiles(gateway.get("SPRING_PROFILES_ACTIVE")).contains("local");
        for (Application service : Application.services()) {
            Map<String, String> environment = compose.environment(service.name());
            String name = service.name();
            assertThat(URI.create(environment.get("SALES_DB_URL").substring("jdbc:".length())).getHost())
                    .as("%s database host", name).isEqualTo(POSTGRES);
            assertThat(environment.get("SALES_DB_USER")).as(name).isEqualTo(postgres.get("POSTGRES_USER"));
            assertThat(environment.get("SALES_DB_PASSWORD")).as(name).isEqualTo(postgres.get("POSTGRES_PASSWORD"));
            assertThat(environment.get("KAFKA_BOOTSTRAP_SERVERS")).as(name)
                    .isEqualTo(KAFKA + ":" + kafkaPort(compose.environment(KAFKA)));
            assertThat(environment.get("SALES_JWT_ISSUER")).as("%s trusts the gateway's issuer", name)
                    .isEqualTo(gateway.get("SALES_JWT_ISSUER"));
            if (local) {
                assertThat(environment.get("SALES_JWT_JWK_SET_URI")).as("%s: the gateway's keys", name).isEqualTo(
                        "http://" + Application.GATEWAY + ":" + Application.gateway().port() + "/.well-known/jwks.json");
            }
            URI url = URI.create(gateway.get(service.urlVariable()));
            assertThat(url.getHost()).as(service.urlVariable()).isEqualTo(name);
            assertThat(url.getPort()).as(service.urlVariable()).isEqualTo(service.port());
        }
        URI redis = URI.create(gateway.get("SALES_REDIS_URL"));
        assertThat(redis.getScheme()).isEqualTo("redis");
        assertThat(redis.getHost()).as("the gateway's state is shared in this file's Redis").isEqualTo(REDIS);
        assertThat(redis.getPort()).isEqualTo(6379);
    }

    @Test
    void the_gateways_redis_keeps_its_state_in_memory_only() {
        List<String> command = Yamls.list(compose.service(REDIS), "command").stream().map(String::valueOf).toList();
        assertThat(String.join(" ", command)).as("no snapshots, no append-only file")
                .contains("--save  --appendonly no");
        assertThat(compose.volumeMounts(REDIS)).as("no volume").isEmpty();
        assertThat(Yamls.at(compose.service(REDIS), "read_only")).contains(true);
    }

    @Test
    void kafka_runs_in_kraft_mode() {
        Map<String, String> kafka = compose.environment(KAFKA);
        assertThat(kafka.get("KAFKA_PROCESS_ROLES")).contains("broker", "controller");
        assertThat(kafka).containsKey("KAFKA_CONTROLLER_QUORUM_VOTERS");
        assertThat(compose.services()).doesNotContainKey("zookeeper");
        assertThat(kafka.keySet()).noneMatch(key -> key.contains("ZOOKEEPER"));
    }

    @Test
    void postgres_creates_one_database_per_service_and_nothing_destructive() {
        String initScript = compose.volumeMounts(POSTGRES).stream()
                .filter(mount -> mount.contains(INIT_DIRECTORY))
                .map(mount -> mount.substring(0, mount.indexOf(':')))
                .findFirst().orElseThrow(() -> new AssertionError("postgres mounts no init script"));
        String sql = RepositoryFiles.read(initScript);
        assertThat(DESTRUCTIVE_SQL.matcher(sql).find()).as("%s contains a destructive statement", initScript).isFalse();
        for (Application service : Application.services()) {
            assertThat(sql).as("%s creates %s's database", initScript, service.name())
                    .containsPattern("CREATE DATABASE " + service.database().orElseThrow() + "\\b");
        }
    }

    @Test
    void data_lives_in_named_volumes_that_are_all_declared_and_used() {
        Set<String> used = new HashSet<>();
        compose.services().keySet().forEach(name -> compose.volumeMounts(name).stream()
                .map(mount -> mount.split(":")[0])
                .filter(source -> !source.startsWith(".") && !source.startsWith("/"))
                .forEach(source -> {
                    assertThat(compose.volumes()).as("%s uses volume %s", name, source).containsKey(source);
                    used.add(source);
                }));
        assertThat(used).as("declared volumes in use").containsExactlyInAnyOrderElementsOf(compose.volumes().keySet());
        assertThat(namedVolumeAt(POSTGRES, "/var/lib/postgresql/data")).isTrue();
        assertThat(namedVolumeAt(KAFKA, compose.environment(KAFKA).get("KAFKA_LOG_DIRS"))).isTrue();
    }

    @Test
    void the_optional_observability_stack_scrapes_every_application_and_provisions_the_dashboard() {
        assertThat(compose.optional("prometheus")).isTrue();
        assertThat(compose.optional("grafana")).isTrue();
        String prometheus = RepositoryFiles.read("docker/prometheus/prometheus.yml");
        assertThat(prometheus).contains("/actuator/prometheus");
        for (Application application : Application.all()) {
            assertThat(prometheus).as("scrapes %s on its management port", application.name())
                    .contains(application.name() + ":" + application.managementPort())
                    .doesNotContain(application.name() + ":" + application.port());
        }
        String dashboard = RepositoryFiles.read("docker/grafana/dashboards/sales-platform.json");
        assertThat(dashboard).as("dashboard signals").contains(
                "http_server_requests_seconds_count",           // request rate
                "status=~\\\"5..\\\"",                          // errors
                "http_server_requests_seconds_sum",             // latency
                "sales_axon_processor_lag",                     // Axon processor lag
                "kafka_consumer_fetch_manager_records_lag");    // Kafka consumer lag
        assertThat(compose.volumeMounts("grafana")).anyMatch(mount -> mount.startsWith("./docker/grafana/dashboards:"))
                .anyMatch(mount -> mount.startsWith("./docker/grafana/provisioning:"));
    }

    @SuppressWarnings("unchecked")
    private Map<String, String> rawEnvironment(String name) {
        Map<String, String> environment = new LinkedHashMap<>();
        ((Map<String, Object>) compose.service(name).get("environment"))
                .forEach((key, value) -> environment.put(key, String.valueOf(value)));
        return environment;
    }

    private static int kafkaPort(Map<String, String> kafka) {
        String advertised = kafka.get("KAFKA_ADVERTISED_LISTENERS");
        return URI.create(advertised.split(",")[0].replace("PLAINTEXT://", "kafka://")).getPort();
    }

    private boolean namedVolumeAt(String service, String target) {
        return compose.volumeMounts(service).stream()
                .anyMatch(mount -> compose.volumes().containsKey(mount.split(":")[0])
                        && mount.split(":")[1].equals(target));
    }
}
