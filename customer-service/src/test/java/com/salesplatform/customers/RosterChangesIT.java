package com.salesplatform.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.salesplatform.platform.roster.RosterReplica;
import com.salesplatform.platformtest.Contracts;
import com.salesplatform.platformtest.ServiceIntegrationTest;
import com.salesplatform.platformtest.TestTokens;
import com.salesplatform.platformtest.TopicProbe;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The roster replica follows transfers and departures: who sees a customer and who may own one. */
@ServiceIntegrationTest
class RosterChangesIT {

    @LocalServerPort
    private int port;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private RosterReplica roster;

    @Test
    void aTransferMovesTheRepsCustomersToTheNewTeamAndADepartedRepOwnsNoNewOnes() {
        CustomerApi api = new CustomerApi(port, jdbc);
        CustomerApi.Team east = api.team(2);
        CustomerApi.Team south = api.team(1);
        String rep = east.rep(1);
        String customer = api.lead(TestTokens.rep(rep, east.id()), "调动测试客户" + rep.substring(0, 6));
        String eastManager = TestTokens.manager(east.manager(), east.id());
        String southManager = TestTokens.manager(south.manager(), south.id());
        assertThat(api.get("/api/customers/" + customer, southManager).status())
                .isEqualTo(404);

        publish("RepTransferred", rep, Contracts.exampleData("performance", "RepTransferred", 1).put("repId", rep)
                .put("fromTeamId", east.id()).put("toTeamId", south.id()));
        await("the transfer in the replica").atMost(Duration.ofSeconds(30)).until(() -> roster.teamOf(rep)
                .map(south.id()::equals).orElse(false));
        assertThat(api.get("/api/customers/" + customer, southManager).status()).isEqualTo(200);
        assertThat(api.get("/api/customers/" + customer, eastManager).status())
                .isEqualTo(404);

        String leaving = east.rep(2);
        publish("RepDeparted", leaving, Contracts.exampleData("performance", "RepDeparted", 1).put("repId", leaving)
                .put("teamId", east.id()));
        await("the departure in the replica").atMost(Duration.ofSeconds(30)).until(() -> !roster.isActive(leaving));
        var refused = api.post("/api/customers/leads", """
                {"name":"离职测试%s","type":"B2B","channel":"PHONE","ownerRepId":"%s"}"""
                .formatted(leaving.substring(0, 6), leaving), eastManager);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("errors").get(0).path("field").asText()).isEqualTo("ownerRepId");
    }

    private static void publish(String type, String repId, JsonNode data) {
        TopicProbe.publish("sales.performance.events", repId,
                Contracts.envelope("performance", type, 1, UUID.randomUUID().toString(), repId, data));
    }
}
