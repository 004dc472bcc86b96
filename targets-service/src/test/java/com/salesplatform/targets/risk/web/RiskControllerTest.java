package com.salesplatform.targets.risk.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.salesplatform.platform.access.OwnerScope;
import com.salesplatform.platform.roster.RosterReplica;
import com.salesplatform.platformtest.TestCallers;
import com.salesplatform.targets.access.RiskAccess;
import com.salesplatform.targets.access.TargetAccess;
import com.salesplatform.targets.risk.api.FindRiskQuery;
import com.salesplatform.targets.risk.api.IdentifyRiskCommand;
import com.salesplatform.targets.risk.api.RiskCategory;
import com.salesplatform.targets.risk.api.RiskStatus;
import com.salesplatform.targets.risk.query.RiskView;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.queryhandling.QueryGateway;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@WebMvcTest({RiskController.class, RiskQueryController.class})
@Import({RiskAccess.class, VisibleRisks.class, TargetAccess.class, OwnerScope.class})
class RiskControllerTest {

    private static final String RISK = "8b2d6a10-4c1e-4f7a-9d3e-2a5b7c9e1f30";
    private static final String TEAM = "5a1e5000-0000-4000-8000-000000000001";
    private static final String MANAGER = "5a1e5000-0000-4000-8000-0000000000b1";
    private static final String REP = "5a1e5000-0000-4000-8000-0000000000c1";

    @Autowired
    private MockMvc mvc;
    @MockitoBean
    private CommandGateway commands;
    @MockitoBean
    private QueryGateway queries;
    @MockitoBean
    private RosterReplica roster;

    @Test
    void aManagerIdentifiesARiskTheyOwnByDefault() throws Exception {
        identify("{\"category\":\"MARKET_CHANGE\",\"description\":\"原材料涨价 15%\"}",
                TestCallers.manager(MANAGER, TEAM))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", Matchers.startsWith("/api/risks/")));
        var sent = ArgumentCaptor.forClass(IdentifyRiskCommand.class);
        verify(commands).sendAndWait(sent.capture());
        assertThat(sent.getValue()).returns(MANAGER, IdentifyRiskCommand::ownerRepId)
                .returns(RiskCategory.MARKET_CHANGE, IdentifyRiskCommand::category)
                .returns(List.of(), IdentifyRiskCommand::targetIds);
    }

    @Test
    void namesTheFieldsItCannotTake() throws Exception {
        identify("{\"description\":\"d\"}", TestCallers.admin())
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("category"));
        identify("{\"category\":\"OTHER\",\"description\":\"d\",\"likelihood\":6,\"impact\":0}", TestCallers.admin())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(Matchers.containsInAnyOrder("likelihood", "impact")));
        identify("{\"category\":\"OTHER\",\"description\":\"d\",\"targetIds\":[\"nope\"]}", TestCallers.admin())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value(Matchers.startsWith("targetIds")));
        given(roster.teamOfActiveRep(REP)).willReturn(Optional.empty());
        identify("{\"category\":\"OTHER\",\"description\":\"d\",\"ownerRepId\":\"%s\"}".formatted(REP),
                TestCallers.admin())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("ownerRepId"));
        mvc.perform(get("/api/risks").param("minScore", "0").with(TestCallers.admin()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("minScore"));
        verifyNoInteractions(commands);
    }

    @Test
    void aRepRegistersARiskTheyOwnButNotOneForSomeoneElse() throws Exception {
        identify("{\"category\":\"CUSTOMER_DEFAULT\",\"description\":\"大客户付款延迟\"}", TestCallers.rep(REP, TEAM))
                .andExpect(status().isCreated());
        var sent = ArgumentCaptor.forClass(IdentifyRiskCommand.class);
        verify(commands).sendAndWait(sent.capture());
        assertThat(sent.getValue().ownerRepId()).isEqualTo(REP);

        given(roster.teamOfActiveRep(MANAGER)).willReturn(Optional.of(TEAM));
        identify("{\"category\":\"OTHER\",\"description\":\"d\",\"ownerRepId\":\"%s\"}".formatted(MANAGER),
                TestCallers.rep(REP, TEAM))
                .andExpect(status().isForbidden());
        verifyNoMoreInteractions(commands);
    }

    @Test
    void repsMayNotChangeTheRegisterAndSeeOnlyTheirOwnRisks() throws Exception {
        existing("5a1e5000-0000-4000-8000-0000000000c9");
        mvc.perform(get("/api/risks/" + RISK).with(TestCallers.rep(REP, TEAM))).andExpect(status().isNotFound());
        mvc.perform(post("/api/risks/" + RISK + "/assessment").with(TestCallers.rep(REP, TEAM))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"likelihood\":2,\"impact\":2}"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/risks/" + RISK + "/closure").with(TestCallers.manager(MANAGER, TEAM))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"resolution\":\"r\"}"))
                .andExpect(status().isNotFound());
        verifyNoInteractions(commands);
        existing(REP);
        mvc.perform(get("/api/risks/" + RISK).with(TestCallers.rep(REP, TEAM)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.score").value(20));
        mvc.perform(post("/api/risks/" + RISK + "/closure").with(TestCallers.rep(REP, TEAM))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"resolution\":\"r\"}"))
                .andExpect(status().isForbidden());
        verifyNoInteractions(commands);
    }

    private void existing(String owner) {
        RiskView view = new RiskView(RISK, RiskCategory.SUPPLY, "供应商延迟", owner, 4, 5, 20, null, null,
                RiskStatus.ASSESSED, null, null, List.of(), List.of(), Instant.parse("2027-01-05T00:00:00Z"),
                List.of());
        doReturn(CompletableFuture.completedFuture(Optional.of(view)))
                .when(queries).query(any(FindRiskQuery.class), any(ResponseType.class));
    }

    private ResultActions identify(String body, RequestPostProcessor caller) throws Exception {
        return mvc.perform(post("/api/risks").with(caller).contentType(MediaType.APPLICATION_JSON).content(body));
    }
}
