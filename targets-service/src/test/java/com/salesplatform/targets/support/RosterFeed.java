package com.salesplatform.targets.support;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.salesplatform.platform.roster.RosterReplica;
import com.salesplatform.platformtest.Contracts;
import com.salesplatform.platformtest.TopicProbe;
import java.time.Duration;
import java.util.UUID;

/**
 * Feeds the roster replica the way production does: performance-service's events published on its Kafka topic,
 * then waits until the replica has applied them.
 */
public final class RosterFeed {

    public static final String TOPIC = "sales.performance.events";

    private final RosterReplica roster;

    public RosterFeed(RosterReplica roster) {
        this.roster = roster;
    }

    /** A new team managed by {@code managerRepId}, known to the replica when this returns. */
    public String team(String managerRepId) {
        String team = UUID.randomUUID().toString();
        var data = Contracts.exampleData("performance", "TeamCreated", 1).put("teamId", team)
                .put("managerRepId", managerRepId).put("name", "华东销售" + team.substring(0, 4) + "组");
        publish("TeamCreated", team, data);
        await("team in roster").atMost(Duration.ofSeconds(30)).until(() -> roster.teamExists(team));
        return team;
    }

    /** A new rep of {@code team}, known to the replica when this returns. */
    public String rep(String team) {
        return rep(team, UUID.randomUUID().toString());
    }

    /** {@code rep} hired into {@code team} (a team's manager is one of its reps too), known when this returns. */
    public String rep(String team, String rep) {
        var data = Contracts.exampleData("performance", "RepHired", 1).put("repId", rep).put("teamId", team);
        publish("RepHired", rep, data);
        await("rep in roster").atMost(Duration.ofSeconds(30)).until(() -> roster.teamOfActiveRep(rep).isPresent());
        return rep;
    }

    public void departure(String rep, String team) {
        var data = Contracts.exampleData("performance", "RepDeparted", 1).put("repId", rep).put("teamId", team);
        publish("RepDeparted", rep, data);
        await("rep departed").atMost(Duration.ofSeconds(30)).until(() -> roster.teamOfActiveRep(rep).isEmpty());
    }

    public void transfer(String rep, String fromTeam, String toTeam) {
        var data = Contracts.exampleData("performance", "RepTransferred", 1).put("repId", rep)
                .put("fromTeamId", fromTeam).put("toTeamId", toTeam);
        publish("RepTransferred", rep, data);
        await("rep transferred").atMost(Duration.ofSeconds(30))
                .until(() -> roster.teamOfActiveRep(rep).map(toTeam::equals).orElse(false));
    }

    /** Wrapped and checked against the envelope and the event's schema, as performance-service publishes it. */
    private static void publish(String type, String aggregateId, JsonNode data) {
        TopicProbe.publish(TOPIC, aggregateId, Contracts.envelope("performance", type, 1,
                UUID.randomUUID().toString(), aggregateId, data));
    }
}
