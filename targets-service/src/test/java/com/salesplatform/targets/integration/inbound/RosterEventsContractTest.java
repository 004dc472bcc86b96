package com.salesplatform.targets.integration.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.salesplatform.platformtest.Contracts;
import org.junit.jupiter.api.Test;

/** This service's readings of performance-service's roster events parse that service's contract examples. */
class RosterEventsContractTest {

    private static final ObjectMapper TOLERANT_READER = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    @Test
    void readsTeamCreatedAndRepHired() throws Exception {
        JsonNode team = Contracts.example("performance", "TeamCreated", 1);
        assertThat(TOLERANT_READER.treeToValue(team, TeamCreatedV1.class))
                .isEqualTo(new TeamCreatedV1(team.path("teamId").asText(), team.path("name").asText(),
                        team.path("managerRepId").asText()));
        JsonNode rep = Contracts.example("performance", "RepHired", 1);
        assertThat(TOLERANT_READER.treeToValue(rep, RepHiredV1.class))
                .isEqualTo(new RepHiredV1(rep.path("repId").asText(), rep.path("name").asText(),
                        rep.path("teamId").asText()));
    }

    @Test
    void readsRepTransferredAndRepDeparted() throws Exception {
        JsonNode transfer = Contracts.example("performance", "RepTransferred", 1);
        assertThat(TOLERANT_READER.treeToValue(transfer, RepTransferredV1.class))
                .isEqualTo(new RepTransferredV1(transfer.path("repId").asText(), transfer.path("toTeamId").asText()));
        assertThat(transfer.path("toTeamId").asText()).isNotBlank();
        JsonNode departure = Contracts.example("performance", "RepDeparted", 1);
        assertThat(TOLERANT_READER.treeToValue(departure, RepDepartedV1.class).repId()).isNotBlank()
                .isEqualTo(departure.path("repId").asText());
    }
}
