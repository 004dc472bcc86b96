package com.salesplatform.performance.team.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.salesplatform.performance.team.api.CreateTeamCommand;
import com.salesplatform.performance.team.api.FindTeamQuery;
import com.salesplatform.performance.team.api.FindTeamsQuery;
import com.salesplatform.performance.team.api.TeamVisibility;
import com.salesplatform.performance.team.query.TeamList;
import com.salesplatform.performance.team.query.TeamView;
import com.salesplatform.platform.rejection.RuleViolationException;
import com.salesplatform.platform.web.PageQuery;
import com.salesplatform.platformtest.TestCallers;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.modelling.command.AggregateStreamCreationException;
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

@WebMvcTest({TeamController.class, TeamQueryController.class})
@Import(TeamAccess.class)
class TeamControllerTest {

    private static final String TEAM = "5a1e5000-0000-4000-8000-000000000001";
    private static final String OTHER_TEAM = "5a1e5000-0000-4000-8000-000000000002";
    private static final String MANAGER = "5a1e5000-0000-4000-8000-0000000000b1";
    private static final String REP = "5a1e5000-0000-4000-8000-0000000000c1";
    private static final String VALID = """
            {"name":"华东销售一组","managerRepId":"%s"}""".formatted(MANAGER);
    private static final TeamView EAST = new TeamView(TEAM, "华东销售一组", MANAGER,
            Instant.parse("2027-01-05T09:30:00Z"));

    @Autowired
    private MockMvc mvc;
    @MockitoBean
    private CommandGateway commands;
    @MockitoBean
    private QueryGateway queries;

    @Test
    void anAdminCreatesATeamAndIsAnsweredWithItsLocation() throws Exception {
        submit(VALID, TestCallers.admin())
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", Matchers.startsWith("/api/teams/")))
                .andExpect(jsonPath("$.id").isString());
        var sent = ArgumentCaptor.forClass(CreateTeamCommand.class);
        verify(commands).sendAndWait(sent.capture());
        assertThat(UUID.fromString(sent.getValue().teamId())).isNotNull();
        assertThat(sent.getValue())
                .returns("华东销售一组", CreateTeamCommand::name)
                .returns(MANAGER, CreateTeamCommand::managerRepId);
    }

    @Test
    void usesTheIdTheClientChoseAndNeedsNoManager() throws Exception {
        String id = "0A1E5000-0000-4000-8000-0000000000FF";
        submit("""
                {"id":"%s","name":"华南销售二组"}""".formatted(id), TestCallers.admin())
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/teams/" + id.toLowerCase()))
                .andExpect(jsonPath("$.id").value(id.toLowerCase()));
        verify(commands).sendAndWait(new CreateTeamCommand(id.toLowerCase(), "华南销售二组", null));
    }

    @Test
    void namesEachInvalidFieldInProblemDetails() throws Exception {
        submit("{}", TestCallers.admin())
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://sales-platform.dev/problems/validation"))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.instance").value("/api/teams"))
                .andExpect(jsonPath("$.errors[*].field").value(Matchers.contains("name")));
        submit("""
                {"id":"seven","name":"  ","managerRepId":"the boss"}""", TestCallers.admin())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(Matchers.contains("id", "managerRepId", "name")));
        submit("""
                {"name":"%s"}""".formatted("组".repeat(201)), TestCallers.admin())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("name"));
        verifyNoInteractions(commands);
    }

    @Test
    void rejectsUnknownFieldsAndUnreadableBodies() throws Exception {
        submit(VALID.replace("\"name\"", "\"leader\":\"王经理\",\"name\""), TestCallers.admin())
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("leader"))
                .andExpect(jsonPath("$.errors[0].message").value("is not a known field"));
        submit("{not json", TestCallers.admin())
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
        verifyNoInteractions(commands);
    }

    @Test
    void aNameAnotherTeamHasIsAConflict() throws Exception {
        given(commands.sendAndWait(any())).willThrow(
                new RuleViolationException("A team named '华东销售一组' already exists"));
        submit(VALID, TestCallers.admin())
                .andExpect(status().isConflict())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://sales-platform.dev/problems/rule-violation"))
                .andExpect(jsonPath("$.detail").value("A team named '华东销售一组' already exists"));
    }

    @Test
    void aClientIdThatIsTakenIsAConflict() throws Exception {
        given(commands.sendAndWait(any())).willThrow(new AggregateStreamCreationException("taken"));
        submit("""
                {"id":"%s","name":"华东销售一组"}""".formatted(TEAM), TestCallers.admin())
                .andExpect(status().isConflict())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://sales-platform.dev/problems/already-exists"));
    }

    @Test
    void withoutATokenIsUnauthorizedAndOnlyAnAdminCreatesTeams() throws Exception {
        mvc.perform(post("/api/teams").contentType(MediaType.APPLICATION_JSON).content(VALID))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
        submit(VALID, TestCallers.manager(MANAGER, TEAM))
                .andExpect(status().isForbidden())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
        submit(VALID, TestCallers.rep(REP, TEAM))
                .andExpect(status().isForbidden());
        submit(VALID, TestCallers.caller("crm-sync", null, "INTEGRATION"))
                .andExpect(status().isForbidden());
        verifyNoInteractions(commands);
    }

    @Test
    void anAdminPagesThroughEveryTeam() throws Exception {
        answer(FindTeamsQuery.class, new TeamList(List.of(EAST), 51));
        mvc.perform(get("/api/teams?page=1&size=50").with(TestCallers.admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].id").value(TEAM))
                .andExpect(jsonPath("$.items[0].name").value("华东销售一组"))
                .andExpect(jsonPath("$.items[0].managerRepId").value(MANAGER))
                .andExpect(jsonPath("$.page").value(1))
                .andExpect(jsonPath("$.size").value(50))
                .andExpect(jsonPath("$.totalItems").value(51))
                .andExpect(jsonPath("$.totalPages").value(2));
        assertThat(sentListQuery()).isEqualTo(new FindTeamsQuery(TeamVisibility.everyTeam(), new PageQuery(1, 50)));
    }

    @Test
    void aManagerOrRepListsOnlyTheirOwnTeam() throws Exception {
        answer(FindTeamsQuery.class, new TeamList(List.of(EAST), 1));
        mvc.perform(get("/api/teams").with(TestCallers.rep(REP, TEAM)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(1));
        assertThat(sentListQuery().visibility()).isEqualTo(TeamVisibility.onlyTeam(TEAM));
    }

    @Test
    void aPageOutOfRangeIsABadRequest() throws Exception {
        mvc.perform(get("/api/teams?size=500").with(TestCallers.admin()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("size"));
        mvc.perform(get("/api/teams?page=-1").with(TestCallers.admin()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("page"));
        verifyNoInteractions(queries);
    }

    @Test
    void showsATeamToWhoMaySeeItAndIsNotFoundOtherwise() throws Exception {
        answer(FindTeamQuery.class, Optional.of(EAST));
        mvc.perform(get("/api/teams/" + TEAM).with(TestCallers.admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(TEAM))
                .andExpect(jsonPath("$.name").value("华东销售一组"))
                .andExpect(jsonPath("$.createdAt").value("2027-01-05T09:30:00Z"));
        mvc.perform(get("/api/teams/" + TEAM).with(TestCallers.manager(MANAGER, TEAM)))
                .andExpect(status().isOk());
        mvc.perform(get("/api/teams/" + TEAM).with(TestCallers.rep(REP, OTHER_TEAM)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void anUnknownTeamIsNotFound() throws Exception {
        answer(FindTeamQuery.class, Optional.empty());
        mvc.perform(get("/api/teams/" + OTHER_TEAM).with(TestCallers.admin()))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://sales-platform.dev/problems/not-found"));
    }

    @SuppressWarnings("unchecked")
    private <Q> void answer(Class<Q> queryType, Object result) {
        given(queries.query(any(queryType), any(ResponseType.class)))
                .willReturn(CompletableFuture.completedFuture(result));
    }

    @SuppressWarnings("unchecked")
    private FindTeamsQuery sentListQuery() {
        var sent = ArgumentCaptor.forClass(FindTeamsQuery.class);
        verify(queries).query(sent.capture(), any(ResponseType.class));
        return sent.getValue();
    }

    private ResultActions submit(String body, RequestPostProcessor caller) throws Exception {
        return mvc.perform(post("/api/teams").with(caller).contentType(MediaType.APPLICATION_JSON).content(body));
    }
}
