package com.salesplatform.training;

import static com.salesplatform.training.TrainingApi.newId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.salesplatform.platform.roster.RosterReplica;
import com.salesplatform.platformtest.ServiceIntegrationTest;
import com.salesplatform.platformtest.TestTokens;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Who sees a rep's training follows the roster as performance-service changes it: after a transfer the new team's
 * manager sees the rep's record and the old one no longer does; a departed rep's record stays with the team they
 * left, whose manager records nothing more for them.
 */
@ServiceIntegrationTest
class RosterChangesIT {

    @LocalServerPort
    private int port;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private RosterReplica roster;

    private TrainingApi api;

    @BeforeEach
    void setUp() {
        api = new TrainingApi(port, jdbc);
    }

    @Test
    void afterATransferTheNewManagerSeesTheRepsTrainingAndTheOldOneGetsNotFound() {
        String east = newId();
        String west = newId();
        String eastManager = newId();
        String westManager = newId();
        String rep = newId();
        api.joinRoster(east, eastManager, rep);
        api.joinRoster(west, westManager);
        api.created(TestTokens.rep(rep, east), "/api/external-trainings", """
                {"kind":"SEMINAR","title":"大客户谈判研讨会","organiser":"协会","attendedOn":"2025-04-11","hours":2}""");
        String record = "/api/reps/" + rep + "/training-record";
        assertThat(api.as(TestTokens.manager(eastManager, east)).get(record).status()).isEqualTo(200);
        assertThat(api.as(TestTokens.manager(westManager, west)).get(record).status()).isEqualTo(404);

        api.transfer(rep, east, west, 1);

        await("the new manager sees the transferred rep's record").atMost(Duration.ofSeconds(30))
                .until(() -> api.as(TestTokens.manager(westManager, west)).get(record).status() == 200);
        var oldManager = api.as(TestTokens.manager(eastManager, east)).get(record);
        assertThat(oldManager.status()).as(oldManager.toString()).isEqualTo(404);
        assertThat(api.as(TestTokens.manager(eastManager, east)).post("/api/external-trainings", """
                {"repId":"%s","kind":"SEMINAR","title":"研讨会","organiser":"协会","attendedOn":"2025-05-11",
                 "hours":2}""".formatted(rep)).status()).as("the old manager acts for the rep no more").isEqualTo(403);
        assertThat(api.as(TestTokens.manager(westManager, west)).post("/api/external-trainings", """
                {"repId":"%s","kind":"SEMINAR","title":"客户成功研讨会","organiser":"协会","attendedOn":"2025-05-11",
                 "hours":2}""".formatted(rep)).status()).isEqualTo(201);
    }

    @Test
    void aDepartedRepsRecordStaysWithTheTeamTheyLeftAndItsManagerRecordsNoResultsForThem() {
        String team = newId();
        String manager = newId();
        String rep = newId();
        api.joinRoster(team, manager, rep);
        String session = api.session(api.course("顾问式销售", 60, 12),
                Instant.now().minus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString(), 10);
        assertThat(api.enrol(session, rep).status()).isEqualTo(201);
        long stored = api.storedEventsOf(session);

        api.departure(rep, team, 1);
        await("the departure is in the replica").atMost(Duration.ofSeconds(30)).until(() -> !roster.isActive(rep));

        var completion = api.as(TestTokens.manager(manager, team)).post("/api/sessions/" + session + "/completions",
                "{\"repId\":\"%s\",\"score\":90}".formatted(rep));
        assertThat(completion.status()).as(completion.toString()).isEqualTo(403);
        assertThat(api.storedEventsOf(session)).as("nothing recorded").isEqualTo(stored);
        assertThat(api.as(TestTokens.manager(manager, team)).get("/api/reps/" + rep + "/training-record").status())
                .isEqualTo(200);
    }
}
