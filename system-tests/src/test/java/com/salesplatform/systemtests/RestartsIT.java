package com.salesplatform.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.salesplatform.systemtests.Gateway.Response;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * No event is lost when the broker or a consumer goes away: targets set while Kafka is down, or while
 * reporting-service is down, reach the attainment report once it is back. Runs only against a platform these tests
 * started (it stops and starts its parts).
 */
@ExtendWith(RunningPlatform.class)
class RestartsIT {

    private static final Duration BACK_TIMEOUT = Duration.ofMinutes(3);

    @Test
    @DisplayName("targets set while Kafka is down reach the report once the broker is back")
    void eventsStoredWhileKafkaIsDownArePublishedWhenItIsBack(Gateway gateway, PlatformControl platform) {
        assumeTrue(platform.startedByTheseTests(), "the platform under test was started by somebody else");
        String token = gateway.token("manager", "manager");

        List<String> targets = new ArrayList<>();
        platform.stop("kafka");
        try {
            targets.add(setTarget(gateway, token, "while Kafka is down"));
            targets.add(setTarget(gateway, token, "while Kafka is down"));
        } finally {
            platform.start("kafka");
        }

        awaitInReport(gateway, token, targets);
    }

    @Test
    @DisplayName("targets set while reporting-service is down are in its report once it is back")
    void eventsPublishedWhileAConsumerIsDownAreConsumedWhenItIsBack(Gateway gateway, PlatformControl platform) {
        assumeTrue(platform.startedByTheseTests(), "the platform under test was started by somebody else");
        String token = gateway.token("manager", "manager");

        List<String> targets = new ArrayList<>();
        platform.stop("reporting-service");
        try {
            targets.add(setTarget(gateway, token, "while reporting-service is down"));
            targets.add(setTarget(gateway, token, "while reporting-service is down"));
        } finally {
            platform.start("reporting-service");
        }

        awaitInReport(gateway, token, targets);
    }

    private static String setTarget(Gateway gateway, String token, String when) {
        Response created = gateway.post("/api/targets", WalkingSliceIT.teamTarget(when + " " + UUID.randomUUID()),
                token);
        assertThat(created.status()).as("set a target %s: %s", when, created).isEqualTo(201);
        return created.json().path("id").asText();
    }

    private static void awaitInReport(Gateway gateway, String token, List<String> targets) {
        AtomicReference<String> lastSeen = new AtomicReference<>("(no report fetched yet)");
        for (String target : targets) {
            await("target " + target + " in the attainment report").atMost(BACK_TIMEOUT)
                    .pollInterval(Duration.ofMillis(500))
                    .ignoreExceptions()
                    .until(() -> AttainmentReport.find(gateway, WalkingSliceIT.PERIOD, target, token, lastSeen),
                            Optional::isPresent);
        }
    }
}
