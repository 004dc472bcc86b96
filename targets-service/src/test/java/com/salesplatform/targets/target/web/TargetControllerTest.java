package com.salesplatform.targets.target.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.salesplatform.platform.access.OwnerScope;
import com.salesplatform.platform.history.EventHistory;
import com.salesplatform.platform.rejection.FieldRejectedException;
import com.salesplatform.platform.roster.RosterReplica;
import com.salesplatform.platformtest.TestCallers;
import com.salesplatform.targets.access.RiskAccess;
import com.salesplatform.targets.access.TargetAccess;
import com.salesplatform.targets.target.api.SetTargetCommand;
import com.salesplatform.targets.target.api.TargetMetric;
import com.salesplatform.targets.target.api.TargetScope;
import java.math.BigDecimal;
import java.util.Optional;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
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

@WebMvcTest({TargetController.class, TargetQueryController.class})
@Import({TargetAccess.class, VisibleTargets.class, KnownRisks.class, RiskAccess.class, OwnerScope.class})
class TargetControllerTest {

    private static final String TEAM = "5a1e5000-0000-4000-8000-000000000001";
    private static final String MANAGER = "5a1e5000-0000-4000-8000-0000000000b1";
    private static final String VALID = """
            {"scope":"TEAM","ownerId":"%s","period":"2027","metric":"REVENUE","amount":1200000.00,
             "specific":"华东区全年新签合同额","achievable":"2026 年实际 100 万，增长 20%%","relevant":"华东扩张战略"}"""
            .formatted(TEAM);

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

    @BeforeEach
    void knownTeam() {
        given(roster.teamExists(TEAM)).willReturn(true);
        given(roster.teamOfActiveRep(any())).willReturn(Optional.empty());
    }

    @Test
    void setsATargetAndAnswersCreatedWithItsLocation() throws Exception {
        submit(VALID, TestCallers.manager(MANAGER, TEAM))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", Matchers.startsWith("/api/targets/")))
                .andExpect(jsonPath("$.id").isString());
        var sent = ArgumentCaptor.forClass(SetTargetCommand.class);
        verify(commands).sendAndWait(sent.capture());
        assertThat(sent.getValue())
                .returns(TargetScope.TEAM, SetTargetCommand::scope)
                .returns(TargetMetric.REVENUE, SetTargetCommand::metric)
                .returns(new BigDecimal("1200000.00"), SetTargetCommand::amount)
                .returns("华东区全年新签合同额", SetTargetCommand::specific);
    }

    @Test
    void namesEachMissingSmartField() throws Exception {
        submit("""
                {"scope":"TEAM","ownerId":"%s","period":"2027","metric":"REVENUE","amount":1}""".formatted(TEAM),
                TestCallers.admin())
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://sales-platform.dev/problems/validation"))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.instance").value("/api/targets"))
                .andExpect(jsonPath("$.errors[*].field").value(
                        Matchers.containsInAnyOrder("achievable", "relevant", "specific")));
        verifyNoInteractions(commands);
    }

    @Test
    void rejectsUnknownFieldsWrongTypesAndUnknownEnumValues() throws Exception {
        submit(VALID.replace("\"scope\"", "\"total\":5,\"scope\""), TestCallers.admin())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("total"));
        submit(VALID.replace("1200000.00", "\"lots\""), TestCallers.admin())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("amount"));
        submit(VALID.replace("\"TEAM\"", "\"GALAXY\""), TestCallers.admin())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("scope"));
        submit(VALID.replace("1200000.00", "-3"), TestCallers.admin())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("amount"));
        submit(VALID.replace("\"2027\"", "\"2027-Q7\""), TestCallers.admin())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("period"));
        submit("{not json", TestCallers.admin())
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
        verifyNoInteractions(commands);
    }

    @Test
    void aRuleTheAggregateEnforcesComesBackAsAFieldError() throws Exception {
        given(commands.sendAndWait(any())).willThrow(new FieldRejectedException("period", "has already ended"));
        submit(VALID, TestCallers.admin())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("period"))
                .andExpect(jsonPath("$.errors[0].message").value("has already ended"));
    }

    @Test
    void withoutATokenIsUnauthorizedAndARepMayNotSetTargets() throws Exception {
        mvc.perform(post("/api/targets").contentType(MediaType.APPLICATION_JSON).content(VALID))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
        submit(VALID, TestCallers.rep("5a1e5000-0000-4000-8000-0000000000c1", TEAM))
                .andExpect(status().isForbidden())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
        submit(VALID, TestCallers.manager(MANAGER, "5a1e5000-0000-4000-8000-000000000002"))
                .andExpect(status().isForbidden());
        verifyNoInteractions(commands);
    }

    private ResultActions submit(String body, RequestPostProcessor caller) throws Exception {
        return mvc.perform(post("/api/targets").with(caller).contentType(MediaType.APPLICATION_JSON).content(body));
    }
}
