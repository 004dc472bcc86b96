package com.salesplatform.training.integration.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.salesplatform.platformtest.Contracts;
import org.junit.jupiter.api.Test;

/** This service reads performance-service's roster events as their contract examples show them. */
class RosterContractTest {

    private final ObjectMapper tolerantReader = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    @Test
    void readsTeamCreated() throws Exception {
        TeamCreatedV1 team = tolerantReader.treeToValue(Contracts.example("performance", "TeamCreated", 1),
                TeamCreatedV1.class);
        assertThat(team).isEqualTo(new TeamCreatedV1("5a1e5000-0000-4000-8000-000000000001", "华东销售一组",
                "5a1e5000-0000-4000-8000-0000000000b1"));
    }

    @Test
    void readsRepHired() throws Exception {
        RepHiredV1 rep = tolerantReader.treeToValue(Contracts.example("performance", "RepHired", 1),
                RepHiredV1.class);
        assertThat(rep.repId()).isNotBlank();
        assertThat(rep.teamId()).isEqualTo("5a1e5000-0000-4000-8000-000000000001");
        assertThat(rep.name()).isNotBlank();
    }
}
