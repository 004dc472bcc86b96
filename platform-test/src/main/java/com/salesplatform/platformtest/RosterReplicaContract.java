package com.salesplatform.platformtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.salesplatform.platform.config.PlatformProperties;
import com.salesplatform.platform.roster.RosterReplica;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What every service that keeps the platform's roster replica must show, against its real database and a Kafka
 * broker: performance-service's roster events, published on its topic as that service publishes them, are all
 * applied; a redelivered event is applied once; an event older than the fact it would overwrite (a lower sequence
 * of the same aggregate) changes nothing. A service's test extends this and carries {@link ServiceIntegrationTest}.
 */
public abstract class RosterReplicaContract {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired
    private RosterReplica roster;
    @Autowired
    private JdbcTemplate jdbc;
    @Value("${spring.application.name}")
    private String application;

    @Test
    void appliesHireTransferPromotionDepartureAndTeamChanges() {
        String east = UUID.randomUUID().toString();
        String west = UUID.randomUUID().toString();
        String firstManager = UUID.randomUUID().toString();
        String secondManager = UUID.randomUUID().toString();
        String rep = UUID.randomUUID().toString();
        publish("TeamCreated", east, 0, team(east, firstManager));
        publish("TeamCreated", west, 0, team(west, null));
        awaitThat("teams created", () -> roster.teamExists(east) && roster.teamExists(west));
        assertThat(roster.managerOf(east)).contains(firstManager);
        assertThat(roster.managerOf(west)).isEmpty();

        publish("RepHired", rep, 0, hire(rep, east, 2));
        awaitThat("rep hired", () -> roster.isActive(rep));
        assertThat(roster.teamOfActiveRep(rep)).contains(east);
        assertThat(roster.gradeOf(rep)).contains(2);
        assertThat(roster.activeRepsOf(east)).containsExactly(rep);

        publish("RepTransferred", rep, 1, transfer(rep, east, west));
        awaitThat("rep transferred", () -> roster.teamOf(rep).equals(Optional.of(west)));
        assertThat(roster.activeRepsOf(east)).doesNotContain(rep);
        assertThat(roster.activeRepsOf(west)).containsExactly(rep);

        publish("RepPromoted", rep, 2, promotion(rep, 2, 3));
        awaitThat("rep promoted", () -> roster.gradeOf(rep).equals(Optional.of(3)));

        publish("TeamManagerAssigned", west, 1, managerChange(west, secondManager, null));
        publish("TeamManagerAssigned", east, 1, managerChange(east, secondManager, firstManager));
        awaitThat("managers assigned", () -> roster.teamsManagedBy(secondManager).size() == 2);
        assertThat(roster.managerOf(east)).contains(secondManager);
        assertThat(roster.teamsManagedBy(firstManager)).isEmpty();

        publish("RepDeparted", rep, 3, departure(rep, west));
        awaitThat("rep departed", () -> !roster.isActive(rep));
        assertThat(roster.teamOfActiveRep(rep)).isEmpty();
        assertThat(roster.teamOf(rep)).as("a departed rep keeps the team they left").contains(west);
        assertThat(roster.activeRepsOf(west)).isEmpty();
        assertThat(roster.repsOf(west)).containsExactly(rep);
    }

    @Test
    void appliesAnEventDeliveredTwiceOnce() {
        String east = UUID.randomUUID().toString();
        String west = UUID.randomUUID().toString();
        String rep = UUID.randomUUID().toString();
        publish("RepHired", rep, 0, hire(rep, east, 1));
        String transferId = UUID.randomUUID().toString();
        String transfer = Contracts.envelope("performance", "RepTransferred", 1, transferId, rep, 1,
                transfer(rep, east, west), Instant.now());
        TopicProbe.publish(PlatformProperties.topicOf("performance"), rep, transfer);
        awaitThat("rep transferred", () -> roster.teamOf(rep).equals(Optional.of(west)));

        TopicProbe.publish(PlatformProperties.topicOf("performance"), rep, transfer);
        publish("RepPromoted", rep, 2, promotion(rep, 1, 2)); // after the redelivery, on the same partition
        awaitThat("the event after the redelivery applied", () -> roster.gradeOf(rep).equals(Optional.of(2)));

        assertThat(roster.teamOf(rep)).contains(west);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM inbox_message WHERE consumer = ? AND event_id = ?",
                Integer.class, application + ".roster", transferId)).as("received once").isEqualTo(1);
    }

    @Test
    void anOlderEventArrivingAfterANewerOneChangesNothing() {
        String east = UUID.randomUUID().toString();
        String west = UUID.randomUUID().toString();
        String north = UUID.randomUUID().toString();
        String rep = UUID.randomUUID().toString();
        // the transfer and a promotion arrive before the hire they follow
        publish("RepTransferred", rep, 1, transfer(rep, east, west));
        publish("RepPromoted", rep, 2, promotion(rep, 2, 3));
        publish("RepHired", rep, 0, hire(rep, east, 2));
        awaitThat("rep hired", () -> roster.isActive(rep));
        assertThat(roster.teamOfActiveRep(rep)).as("the hire's team is older than the transfer's").contains(west);
        assertThat(roster.gradeOf(rep)).contains(3);

        publish("RepTransferred", rep, 4, transfer(rep, west, north));
        awaitThat("rep transferred", () -> roster.teamOf(rep).equals(Optional.of(north)));
        publish("RepTransferred", rep, 3, transfer(rep, east, west)); // late
        publish("RepPromoted", rep, 5, promotion(rep, 3, 4)); // marker behind it on the same partition
        awaitThat("the marker applied", () -> roster.gradeOf(rep).equals(Optional.of(4)));
        assertThat(roster.teamOf(rep)).as("a late transfer does not move the rep back").contains(north);

        publish("RepDeparted", rep, 7, departure(rep, north));
        publish("RepTransferred", rep, 6, transfer(rep, north, east)); // late
        publish("RepPromoted", rep, 6, promotion(rep, 4, 5)); // late too: older than the departure, newer grade
        awaitThat("the late promotion applied", () -> roster.gradeOf(rep).equals(Optional.of(5)));
        assertThat(roster.isActive(rep)).as("nothing older undoes a departure").isFalse();
        assertThat(roster.teamOf(rep)).contains(north);

        String team = UUID.randomUUID().toString();
        String firstManager = UUID.randomUUID().toString();
        String secondManager = UUID.randomUUID().toString();
        publish("TeamManagerAssigned", team, 1, managerChange(team, secondManager, firstManager));
        publish("TeamCreated", team, 0, team(team, firstManager)); // late
        awaitThat("team created", () -> roster.teamExists(team));
        assertThat(roster.managerOf(team)).as("the creation's manager is older").contains(secondManager);
        assertThat(roster.teamsManagedBy(firstManager)).isEmpty();
    }

    private static ObjectNode team(String team, String manager) {
        ObjectNode data = ContractEvents.data("performance", "TeamCreated").put("teamId", team)
                .put("name", "华东销售" + team.substring(0, 4) + "组");
        return manager == null ? data.putNull("managerRepId") : data.put("managerRepId", manager);
    }

    private static ObjectNode hire(String rep, String team, int grade) {
        return ContractEvents.data("performance", "RepHired").put("repId", rep).put("teamId", team)
                .put("grade", grade).put("name", "张伟");
    }

    private static ObjectNode transfer(String rep, String from, String to) {
        return ContractEvents.data("performance", "RepTransferred").put("repId", rep).put("fromTeamId", from)
                .put("toTeamId", to);
    }

    private static ObjectNode promotion(String rep, int from, int to) {
        return ContractEvents.data("performance", "RepPromoted").put("repId", rep).put("fromGrade", from)
                .put("toGrade", to);
    }

    private static ObjectNode departure(String rep, String team) {
        return ContractEvents.data("performance", "RepDeparted").put("repId", rep).put("teamId", team);
    }

    private static ObjectNode managerChange(String team, String manager, String previous) {
        ObjectNode data = ContractEvents.data("performance", "TeamManagerAssigned").put("teamId", team)
                .put("managerRepId", manager);
        return previous == null ? data.putNull("previousManagerRepId") : data.put("previousManagerRepId", previous);
    }

    /** As performance-service publishes it: the {@code sequence}-th event of the aggregate, keyed by its id. */
    private static void publish(String type, String aggregateId, long sequence, ObjectNode data) {
        TopicProbe.publish(PlatformProperties.topicOf("performance"), aggregateId, Contracts.envelope("performance",
                type, 1, UUID.randomUUID().toString(), aggregateId, sequence, data, Instant.now()));
    }

    private static void awaitThat(String what, Callable<Boolean> condition) {
        await(what).atMost(PATIENCE).until(condition);
    }
}
