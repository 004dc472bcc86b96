package com.salesplatform.targets.target.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.salesplatform.platform.access.OwnerScope;
import com.salesplatform.platform.history.EventHistory;
import com.salesplatform.platform.rejection.RuleViolationException;
import com.salesplatform.platform.roster.RosterReplica;
import com.salesplatform.platformtest.TestCallers;
import com.salesplatform.targets.access.RiskAccess;
import com.salesplatform.targets.access.TargetAccess;
import com.salesplatform.targets.risk.api.FindRiskQuery;
import com.salesplatform.targets.target.api.AdjustTargetCommand;
import com.salesplatform.targets.target.api.DecomposeTargetCommand;
import com.salesplatform.targets.target.api.FindTargetQuery;
import com.salesplatform.targets.target.api.Granularity;
import com.salesplatform.targets.target.api.TargetMetric;
import com.salesplatform.targets.target.api.TargetScope;
import com.salesplatform.targets.target.api.TargetStatus;
import com.salesplatform.targets.target.query.TargetView;
import java.math.BigDecimal;
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

/** The write endpoints below a target: validation, object-level access and error mapping. */
@WebMvcTest({TargetController.class, TargetQueryController.class})
@Import({TargetAccess.class, VisibleTargets.class, KnownRisks.class, RiskAccess.class, OwnerScope.class})
class TargetCommandsControllerTest {

    private static final String TARGET = "3f0c3c1e-7d5a-4c55-9a51-0c8f1f4b2a10";
    private static final String TEAM = "5a1e5000-0000-4000-8000-000000000001";
    private static final String OTHER_TEAM = "5a1e5000-0000-4000-8000-000000000002";
    private static final String MANAGER = "5a1e5000-0000-4000-8000-0000000000b1";
    private static final String REP = "5a1e5000-0000-4000-8000-0000000000c1";
    private static final String RISK = "8b2d6a10-4c1e-4f7a-9d3e-2a5b7c9e1f30";

    @Autowired
    private MockMvc mvc;
    @MockitoBean
    private CommandGateway commands;
    @MockitoBean
    private QueryGateway queries;
    @MockitoBean
    private RosterReplica roster;
    @MockitoBean
    private EventHistory history;

    @Test
    void aManagerDecomposesTheirTeamsTargetByWeights() throws Exception {
        existing(TargetScope.TEAM, TEAM);
        send("decomposition", "{\"granularity\":\"QUARTER\",\"weights\":[0.1,0.2,0.3,0.4]}",
                TestCallers.manager(MANAGER, TEAM))
                .andExpect(status().isNoContent());
        var sent = ArgumentCaptor.forClass(DecomposeTargetCommand.class);
        verify(commands).sendAndWait(sent.capture());
        assertThat(sent.getValue().granularity()).isEqualTo(Granularity.QUARTER);
        assertThat(sent.getValue().weights()).containsExactly(new BigDecimal("0.1"), new BigDecimal("0.2"),
                new BigDecimal("0.3"), new BigDecimal("0.4"));
    }

    @Test
    void takesWeightsWithAsManyDecimalsAsJavaScriptPrints() throws Exception {
        existing(TargetScope.TEAM, TEAM);
        send("decomposition", "{\"granularity\":\"QUARTER\",\"weights\":[0.1,0.2,0.30000000000000004,0.39999999999999997]}",
                TestCallers.manager(MANAGER, TEAM))
                .andExpect(status().isNoContent());
        var sent = ArgumentCaptor.forClass(DecomposeTargetCommand.class);
        verify(commands).sendAndWait(sent.capture());
        assertThat(sent.getValue().weights()).contains(new BigDecimal("0.30000000000000004"));
    }

    @Test
    void rejectsMalformedRequestsNamingTheField() throws Exception {
        existing(TargetScope.TEAM, TEAM);
        send("decomposition", "{\"granularity\":\"WEEK\"}", TestCallers.admin())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("granularity"));
        send("decomposition", "{\"granularity\":\"MONTH\",\"weights\":[0.5,-0.5,1]}", TestCallers.admin())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value(Matchers.startsWith("weights")));
        send("allocations", "{\"allocations\":[]}", TestCallers.admin())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("allocations"));
        send("allocations", "{\"allocations\":[{\"scope\":\"REP\",\"ownerId\":\"bob\",\"amount\":1.00}]}",
                TestCallers.admin())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value(Matchers.startsWith("allocations[0].ownerId")));
        send("adjustments", "{\"amount\":900.00}", TestCallers.admin())
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        send("adjustments", "{\"amount\":900.001,\"reason\":\"市场变化\"}", TestCallers.admin())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("amount"));
        verifyNoInteractions(commands);
    }

    @Test
    void anAdjustmentMayOnlyNameAKnownRisk() throws Exception {
        existing(TargetScope.TEAM, TEAM);
        doReturn(CompletableFuture.completedFuture(Optional.empty()))
                .when(queries).query(any(FindRiskQuery.class), any(ResponseType.class));
        send("adjustments", "{\"amount\":900.00,\"reason\":\"客户违约\",\"riskId\":\"%s\"}".formatted(RISK),
                TestCallers.admin())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("riskId"));
        verifyNoInteractions(commands);
    }

    @Test
    void anAdjustmentWithoutRiskIsSent() throws Exception {
        existing(TargetScope.TEAM, TEAM);
        send("adjustments", "{\"amount\":900.00,\"reason\":\"市场变化\"}", TestCallers.manager(MANAGER, TEAM))
                .andExpect(status().isNoContent());
        var sent = ArgumentCaptor.forClass(AdjustTargetCommand.class);
        verify(commands).sendAndWait(sent.capture());
        assertThat(sent.getValue()).returns("市场变化", AdjustTargetCommand::reason)
                .returns(null, AdjustTargetCommand::riskId);
    }

    @Test
    void writesOnTargetsTheCallerMayNotSeeAreNotFoundAndOnThoseTheyMaySeeForbidden() throws Exception {
        existing(TargetScope.TEAM, TEAM);
        send("activation", "", TestCallers.manager(MANAGER, OTHER_TEAM)).andExpect(status().isNotFound());
        send("closure", "", TestCallers.rep(REP, TEAM)).andExpect(status().isNotFound());
        existing(TargetScope.REP, REP);
        send("closure", "", TestCallers.rep(REP, TEAM)).andExpect(status().isForbidden());
        existing(TargetScope.COMPANY, null);
        send("decomposition", "{\"granularity\":\"QUARTER\"}", TestCallers.manager(MANAGER, TEAM))
                .andExpect(status().isForbidden())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
        doReturn(CompletableFuture.completedFuture(Optional.empty()))
                .when(queries).query(any(FindTargetQuery.class), any(ResponseType.class));
        send("activation", "", TestCallers.admin()).andExpect(status().isNotFound());
        verifyNoInteractions(commands);
    }

    @Test
    void aForbiddenTransitionIsAConflict() throws Exception {
        existing(TargetScope.TEAM, TEAM);
        given(commands.sendAndWait(any())).willThrow(new RuleViolationException("Only an ACTIVE target can be closed"));
        send("closure", "", TestCallers.admin())
                .andExpect(status().isConflict())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void readsOfTargetsTheCallerMayNotSeeAreNotFoundAndABadInstantIsABadRequest() throws Exception {
        existing(TargetScope.TEAM, TEAM);
        mvc.perform(get("/api/targets/" + TARGET).with(TestCallers.rep(REP, OTHER_TEAM)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/targets/" + TARGET + "/history").with(TestCallers.manager(MANAGER, OTHER_TEAM)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/targets/" + TARGET).param("asOf", "yesterday").with(TestCallers.admin()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("asOf"));
    }

    private void existing(TargetScope scope, String owner) {
        TargetView view = new TargetView(TARGET, scope, owner, "2027", TargetMetric.REVENUE,
                new BigDecimal("1000.00"), "CNY", TargetStatus.DRAFT, true, null, "s", "a", "r",
                Instant.parse("2028-01-01T00:00:00Z"), null, null, List.of(), List.of());
        doReturn(CompletableFuture.completedFuture(Optional.of(view)))
                .when(queries).query(any(FindTargetQuery.class), any(ResponseType.class));
    }

    private ResultActions send(String action, String body, RequestPostProcessor caller) throws Exception {
        var request = post("/api/targets/" + TARGET + "/" + action).with(caller);
        if (!body.isEmpty()) {
            request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        return mvc.perform(request);
    }
}
