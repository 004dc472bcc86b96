package com.salesplatform.customers.prospecting.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.salesplatform.customers.customer.api.LeadChannel;
import com.salesplatform.customers.customer.web.CustomerAccess;
import com.salesplatform.customers.prospecting.api.FindProspectingPlanQuery;
import com.salesplatform.customers.prospecting.api.SetProspectingPlanCommand;
import com.salesplatform.customers.prospecting.query.ProspectingPlanView;
import com.salesplatform.platform.access.OwnerScope;
import com.salesplatform.platform.roster.RosterReplica;
import com.salesplatform.platformtest.TestCallers;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(ProspectingPlanController.class)
@Import({CustomerAccess.class, OwnerScope.class})
class ProspectingPlanControllerTest {

    private static final String TEAM = "5a1e5000-0000-4000-8000-000000000001";
    private static final String MANAGER = "5a1e5000-0000-4000-8000-0000000000b1";
    private static final String REP = "5a1e5000-0000-4000-8000-0000000000c1";
    private static final String PATH = "/api/prospecting-plans/" + REP + "/2027-03";

    @Autowired
    private MockMvc mvc;
    @MockitoBean
    private CommandGateway commands;
    @MockitoBean
    private QueryGateway queries;
    @MockitoBean
    private RosterReplica roster;

    @BeforeEach
    void rosterKnowsTheRep() {
        given(roster.teamOf(REP)).willReturn(Optional.of(TEAM));
    }

    @Test
    void theRepsManagerSetsThePlan() throws Exception {
        mvc.perform(put(PATH).with(TestCallers.manager(MANAGER, TEAM)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"minimumNewLeads\":20,\"byChannel\":{\"EXHIBITION\":5}}"))
                .andExpect(status().isNoContent());
        verify(commands).sendAndWait(new SetProspectingPlanCommand(REP + "/2027-03", REP, "2027-03", 20,
                Map.of(LeadChannel.EXHIBITION, 5)));
    }

    @Test
    void theRepHimselfMayNotSetItAndAnotherTeamsManagerDoesNotSeeIt() throws Exception {
        mvc.perform(put(PATH).with(TestCallers.rep(REP, TEAM)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"minimumNewLeads\":20}")).andExpect(status().isForbidden());
        mvc.perform(put(PATH).with(TestCallers.manager(MANAGER, "5a1e5000-0000-4000-8000-000000000002"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"minimumNewLeads\":20}")).andExpect(status().isNotFound());
        verifyNoInteractions(commands);
    }

    @Test
    void rejectsABadMonthChannelOrCount() throws Exception {
        mvc.perform(get("/api/prospecting-plans/" + REP + "/2027-13").with(TestCallers.admin()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("month"));
        mvc.perform(put(PATH).with(TestCallers.admin()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"minimumNewLeads\":20,\"byChannel\":{\"TV\":5}}"))
                .andExpect(status().isBadRequest());
        mvc.perform(put(PATH).with(TestCallers.admin()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"minimumNewLeads\":-1}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("minimumNewLeads"));
        verifyNoInteractions(commands);
    }

    @Test
    void theRepReadsTheirPlanWithItsCoverageAndOthersFindNothing() throws Exception {
        given(queries.query(any(FindProspectingPlanQuery.class), any(ResponseType.class)))
                .willReturn(CompletableFuture.completedFuture(Optional.of(new ProspectingPlanView(REP, "2027-03", 20,
                        Map.of(LeadChannel.EXHIBITION, 5), 3, Map.of(LeadChannel.EXHIBITION, 2)))));
        mvc.perform(get(PATH).with(TestCallers.rep(REP, TEAM)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.minimumNewLeads").value(20))
                .andExpect(jsonPath("$.newLeads").value(3))
                .andExpect(jsonPath("$.newLeadsByChannel.EXHIBITION").value(2));
        mvc.perform(get(PATH).with(TestCallers.rep("5a1e5000-0000-4000-8000-0000000000c2", TEAM)))
                .andExpect(status().isNotFound());
    }
}
