package com.salesplatform.customers;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.salesplatform.platformtest.Contracts;
import com.salesplatform.platformtest.ServiceIntegrationTest;
import com.salesplatform.platformtest.TestTokens;
import com.salesplatform.platformtest.TopicProbe;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** A rep's monthly prospecting plan, set by their manager, read with its coverage, published as its contract says. */
@ServiceIntegrationTest
class ProspectingPlanIT {

    @LocalServerPort
    private int port;
    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void theManagerSetsAPlanAndTheRepSeesHowFarTheirNewLeadsCoverIt() {
        CustomerApi api = new CustomerApi(port, jdbc);
        CustomerApi.Team team = api.team(1);
        String rep = team.rep(1);
        String repToken = TestTokens.rep(rep, team.id());
        String managerToken = TestTokens.manager(team.manager(), team.id());
        String month = YearMonth.now(ZoneOffset.UTC).toString();
        String path = "/api/prospecting-plans/" + rep + "/" + month;

        assertThat(api.put(path, "{\"minimumNewLeads\":10,\"byChannel\":{\"PHONE\":4}}", repToken).status())
                .isEqualTo(403);
        assertThat(api.put(path, "{\"minimumNewLeads\":3,\"byChannel\":{\"PHONE\":4}}", managerToken)
                .json().path("errors").get(0).path("field").asText()).isEqualTo("byChannel");
        assertThat(api.put(path, "{\"minimumNewLeads\":10,\"byChannel\":{\"PHONE\":4}}", managerToken)
                .status()).isEqualTo(204);
        api.lead(repToken, "开发客户甲" + rep.substring(0, 6));
        api.lead(repToken, "开发客户乙" + rep.substring(0, 6));

        JsonNode plan = api.get(path, repToken).json();
        assertThat(plan.path("minimumNewLeads").asInt()).isEqualTo(10);
        assertThat(plan.path("byChannel").path("PHONE").asInt()).isEqualTo(4);
        assertThat(plan.path("newLeads").asInt()).isEqualTo(2);
        assertThat(plan.path("newLeadsByChannel").path("PHONE").asInt()).isEqualTo(2);
        assertThat(api.get(path, TestTokens.rep(team.manager(), "other-team")).status())
                .isEqualTo(404);
        CustomerApi.Team otherTeam = api.team(1);
        for (String outsider : List.of(TestTokens.manager(otherTeam.manager(), otherTeam.id()),
                TestTokens.rep(otherTeam.rep(1), otherTeam.id()))) {
            assertThat(api.put(path, "{\"minimumNewLeads\":1}", outsider).status())
                    .as("another team's rep's plan is not theirs to see, nor to set").isEqualTo(404);
        }
        assertThat(api.get(path, repToken).json().path("minimumNewLeads").asInt()).isEqualTo(10);

        try (TopicProbe probe = TopicProbe.on(CustomerApi.TOPIC)) {
            JsonNode published = probe.awaitEnvelope(rep + "/" + month, "ProspectingPlanSet");
            Contracts.assertConforms("customers", published);
            assertThat(published.path("data").path("minimumNewLeads").asInt()).isEqualTo(10);
        }
    }
}
