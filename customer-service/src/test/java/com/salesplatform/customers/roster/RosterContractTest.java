package com.salesplatform.customers.roster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.salesplatform.customers.integration.inbound.RepDepartedV1;
import com.salesplatform.customers.integration.inbound.RepHiredV1;
import com.salesplatform.customers.integration.inbound.RepTransferredV1;
import com.salesplatform.customers.integration.inbound.TeamCreatedV1;
import com.salesplatform.platformtest.Contracts;
import org.junit.jupiter.api.Test;

/** This service's readings of performance-service's events parse the published examples (the consumer's side). */
class RosterContractTest {

    private static final ObjectMapper TOLERANT = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    @Test
    void readsTheRepHiredExample() throws Exception {
        RepHiredV1 rep = TOLERANT.treeToValue(Contracts.example("performance", "RepHired", 1), RepHiredV1.class);
        assertThat(rep).isEqualTo(new RepHiredV1("5a1e5000-0000-4000-8000-0000000000c1", "张伟",
                "5a1e5000-0000-4000-8000-000000000001"));
    }

    @Test
    void readsTheRepTransferredAndRepDepartedExamples() throws Exception {
        assertThat(TOLERANT.treeToValue(Contracts.example("performance", "RepTransferred", 1), RepTransferredV1.class))
                .isEqualTo(new RepTransferredV1("5a1e5000-0000-4000-8000-0000000000c1",
                        "5a1e5000-0000-4000-8000-000000000002"));
        assertThat(TOLERANT.treeToValue(Contracts.example("performance", "RepDeparted", 1), RepDepartedV1.class))
                .isEqualTo(new RepDepartedV1("5a1e5000-0000-4000-8000-0000000000c1"));
    }

    @Test
    void readsTheTeamCreatedExample() throws Exception {
        TeamCreatedV1 team = TOLERANT.treeToValue(Contracts.example("performance", "TeamCreated", 1),
                TeamCreatedV1.class);
        assertThat(team).isEqualTo(new TeamCreatedV1("5a1e5000-0000-4000-8000-000000000001", "华东销售一组",
                "5a1e5000-0000-4000-8000-0000000000b1"));
    }
}
