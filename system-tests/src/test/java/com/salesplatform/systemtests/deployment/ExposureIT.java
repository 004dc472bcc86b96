package com.salesplatform.systemtests.deployment;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Collections;
import java.util.Optional;

import com.salesplatform.systemtests.Gateway;
import com.salesplatform.systemtests.RunningPlatform;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The running local platform (docs/security.md, findings 1 and 10): every application answers its probes on the
 * API port and its actuator on the management port only (API port + 1000), listens on 127.0.0.1 only, and the
 * gateway refuses a non-canonical path.
 */
@ExtendWith(RunningPlatform.class)
class ExposureIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Gateway gateway;

    @BeforeEach
    void setUp(Gateway gateway) {
        this.gateway = gateway;
        Assumptions.assumeTrue(gateway.base().getHost().equals("localhost")
                || gateway.base().getHost().equals("127.0.0.1"), "a platform on this machine");
    }

    @Test
    void theActuatorIsOnTheManagementPortAndTheProbesOnTheApiPort() throws Exception {
        for (Application application : Application.all()) {
            String where = application.name();
            assertThat(status(application.port(), "/readyz")).as("%s /readyz", where).isEqualTo(200);
            assertThat(status(application.port(), "/livez")).as("%s /livez", where).isEqualTo(200);
            assertThat(status(application.port(), "/actuator/prometheus")).as("%s metrics on the API port", where)
                    .isIn(401, 404);
            assertThat(status(application.managementPort(), "/actuator/prometheus"))
                    .as("%s metrics on the management port", where).isEqualTo(200);
        }
    }

    @Test
    void nothingListensBeyondThisMachine() throws Exception {
        Optional<InetAddress> external = nonLoopbackAddress();
        Assumptions.assumeTrue(external.isPresent(), "this machine has a non-loopback address");
        for (Application application : Application.all()) {
            for (int port : new int[] {application.port(), application.managementPort()}) {
                assertThat(connects(external.get(), port)).as("%s:%d on %s", application.name(), port,
                        external.get()).isFalse();
            }
        }
    }

    @Test
    void theGatewayRefusesANonCanonicalPath() {
        String token = gateway.token("manager", "manager");

        Gateway.Response refused = gateway.get("/%61pi/customers", token);

        assertThat(refused.status()).as(refused.describe()).isEqualTo(400);
        assertThat(refused.json().path("type").asText())
                .isEqualTo("https://sales-platform.dev/problems/non-canonical-path");
    }

    private static int status(int port, String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(10)).GET().build();
        return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static boolean connects(InetAddress address, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 2000);
            return true;
        } catch (IOException refused) {
            return false;
        }
    }

    private static Optional<InetAddress> nonLoopbackAddress() throws SocketException {
        for (NetworkInterface network : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (!network.isUp() || network.isLoopback()) {
                continue;
            }
            for (InetAddress address : Collections.list(network.getInetAddresses())) {
                if (address instanceof Inet4Address && !address.isLoopbackAddress()) {
                    return Optional.of(address);
                }
            }
        }
        return Optional.empty();
    }
}
