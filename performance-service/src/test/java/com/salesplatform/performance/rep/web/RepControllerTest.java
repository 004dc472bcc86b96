package com.salesplatform.performance.rep.web;

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

import com.salesplatform.performance.rep.api.FindRepQuery;
import com.salesplatform.performance.rep.api.FindRepsQuery;
import com.salesplatform.performance.rep.api.HireRepCommand;
import com.salesplatform.performance.rep.query.RepList;
import com.salesplatform.performance.rep.query.RepView;
import com.salesplatform.platform.access.CallerScope;
import com.salesplatform.platform.history.EventHistory;
import com.salesplatform.platform.rejection.FieldRejectedException;
import com.salesplatform.platform.web.PageQuery;
import com.salesplatform.platformtest.TestCallers;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.queryhandling.QueryGateway;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@WebMvcTest({RepController.class, RepQueryController.class})
@Import({RepAccess.class, VisibleReps.class})
class RepControllerTest {

    private static final String TEAM = "5a1e5000-0000-4000-8000-000000000001";
    private static final String OTHER_TEAM = "5a1e5000-0000-4000-8000-000000000002";
    private static final String MANAGER = "5a1e5000-0000-4000-8000-0000000000b1";
    private static final String REP = "5a1e5000-0000-4000-8000-0000000000c1";
    private static final String OTHER_REP = "5a1e5000-0000-4000-8000-0000000000c2";
    private static final String VALID = """
            {"name":"张伟","teamId":"%s","grade":2,"hiredOn":"2024-03-01"}""".formatted(TEAM);
    private static final RepView ZHANG = new RepView(REP, "张伟", TEAM, "华东销售一组", 2, LocalDate.of(2024, 3, 1),
            null);

    @Autowired
    private MockMvc mvc;
    @MockitoBean
    private CommandGateway commands;
    @MockitoBean
    private QueryGateway queries;
    @MockitoBean
    private EventHistory history;

    @Test
    void anAdminHiresARepAndIsAnsweredWithItsLocation() throws Exception {
        submit(VALID, TestCallers.admin())
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", Matchers.startsWith("/api/reps/")))
                .andExpect(jsonPath("$.id").isString());
        var sent = ArgumentCaptor.forClass(HireRepCommand.class);
        verify(commands).sendAndWait(sent.capture());
        assertThat(UUID.fromString(sent.getValue().repId())).isNotNull();
        assertThat(sent.getValue())
                .returns("张伟", HireRepCommand::name)
                .returns(TEAM, HireRepCommand::teamId)
                .returns(2, HireRepCommand::grade)
                .returns(LocalDate.of(2024, 3, 1), HireRepCommand::hiredOn);
    }

    @Test
    void aManagerHiresIntoTheirOwnTeamWithTheIdTheyChose() throws Exception {
        submit("""
                {"id":"%s","name":"李娜","teamId":"%s","grade":6,"hiredOn":"2024-03-01"}"""
                .formatted(OTHER_REP.toUpperCase(), TEAM.toUpperCase()), TestCallers.manager(MANAGER, TEAM))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/reps/" + OTHER_REP))
                .andExpect(jsonPath("$.id").value(OTHER_REP));
        verify(commands).sendAndWait(new HireRepCommand(OTHER_REP, "李娜", TEAM, 6, LocalDate.of(2024, 3, 1)));
    }

    @Test
    void withoutATokenIsUnauthorizedAndOnlyAnAdminOrTheTeamsManagerHires() throws Exception {
        mvc.perform(post("/api/reps").contentType(MediaType.APPLICATION_JSON).content(VALID))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
        submit(VALID, TestCallers.manager(MANAGER, OTHER_TEAM))
                .andExpect(status().isForbidden())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
        submit(VALID, TestCallers.manager(MANAGER, null))
                .andExpect(status().isForbidden());
        submit(VALID, TestCallers.rep(REP, TEAM))
                .andExpect(status().isForbidden());
        submit(VALID, TestCallers.caller("crm-sync", null, "INTEGRATION"))
                .andExpect(status().isForbidden());
        verifyNoInteractions(commands);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "7", "9", "-1", "2.5", "null", "\"two\""})
    void rejectsAGradeThatIsNotOneToSix(String grade) throws Exception {
        submit(VALID.replace("\"grade\":2", "\"grade\":" + grade), TestCallers.admin())
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("grade"));
        verifyNoInteractions(commands);
    }

    @Test
    void rejectsAFutureMissingOrUnreadableHiringDate() throws Exception {
        String future = LocalDate.now().plusDays(2).toString();
        submit(VALID.replace("2024-03-01", future), TestCallers.admin())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("hiredOn"));
        submit(VALID.replace("2024-03-01", "2024-02-30"), TestCallers.admin())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("hiredOn"));
        submit(VALID.replace(",\"hiredOn\":\"2024-03-01\"", ""), TestCallers.admin())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("hiredOn"));
        verifyNoInteractions(commands);
    }

    @Test
    void namesEachInvalidFieldAndRejectsUnknownOnes() throws Exception {
        submit("{}", TestCallers.admin())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://sales-platform.dev/problems/validation"))
                .andExpect(jsonPath("$.instance").value("/api/reps"))
                .andExpect(jsonPath("$.errors[*].field").value(
                        Matchers.containsInAnyOrder("grade", "hiredOn", "name", "teamId")));
        submit(VALID.replace("\"张伟\"", "\" \"").replace(TEAM, "east"), TestCallers.admin())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(Matchers.contains("name", "teamId")));
        submit(VALID.replace("\"name\"", "\"salary\":9000,\"name\""), TestCallers.admin())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("salary"));
        verifyNoInteractions(commands);
    }

    @Test
    void aTeamMissingFromTheRosterIsABadRequestNamingTeamId() throws Exception {
        given(commands.sendAndWait(any())).willThrow(new FieldRejectedException("teamId", "is not a team in the roster"));
        submit(VALID, TestCallers.admin())
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("teamId"))
                .andExpect(jsonPath("$.errors[0].message").value("is not a team in the roster"));
    }

    @Test
    void aRepSeesThemselfAndTheirManagerSeesThem() throws Exception {
        answer(FindRepQuery.class, Optional.of(ZHANG));
        mvc.perform(get("/api/reps/" + REP).with(TestCallers.rep(REP, TEAM)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(REP))
                .andExpect(jsonPath("$.name").value("张伟"))
                .andExpect(jsonPath("$.teamId").value(TEAM))
                .andExpect(jsonPath("$.teamName").value("华东销售一组"))
                .andExpect(jsonPath("$.grade").value(2))
                .andExpect(jsonPath("$.hiredOn").value("2024-03-01"));
        mvc.perform(get("/api/reps/" + REP).with(TestCallers.manager(MANAGER, TEAM)))
                .andExpect(status().isOk());
        mvc.perform(get("/api/reps/" + REP).with(TestCallers.caller("crm-sync", null, "INTEGRATION")))
                .andExpect(status().isOk());
    }

    @Test
    void anotherRepOrAnotherTeamsManagerFindsNothing() throws Exception {
        answer(FindRepQuery.class, Optional.of(ZHANG));
        mvc.perform(get("/api/reps/" + REP).with(TestCallers.rep(OTHER_REP, TEAM)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/reps/" + REP).with(TestCallers.manager(MANAGER, OTHER_TEAM)))
                .andExpect(status().isNotFound());
    }

    @Test
    void anUnknownRepIsNotFound() throws Exception {
        answer(FindRepQuery.class, Optional.empty());
        mvc.perform(get("/api/reps/" + OTHER_REP).with(TestCallers.admin()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("https://sales-platform.dev/problems/not-found"));
    }

    @Test
    void anAdminListsTheRepsOfATeam() throws Exception {
        answer(FindRepsQuery.class, new RepList(List.of(ZHANG), 1));
        mvc.perform(get("/api/reps?teamId=" + TEAM.toUpperCase() + "&size=10").with(TestCallers.admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].id").value(REP))
                .andExpect(jsonPath("$.totalItems").value(1))
                .andExpect(jsonPath("$.totalPages").value(1))
                .andExpect(jsonPath("$.size").value(10));
        assertThat(sentListQuery()).isEqualTo(new FindRepsQuery(TEAM, CallerScope.everything(), new PageQuery(0, 10)));
    }

    @Test
    void theListShowsAManagerTheirTeamAndARepOnlyThemself() throws Exception {
        answer(FindRepsQuery.class, new RepList(List.of(ZHANG), 1));
        mvc.perform(get("/api/reps").with(TestCallers.manager(MANAGER, TEAM))).andExpect(status().isOk());
        mvc.perform(get("/api/reps").with(TestCallers.rep(REP, TEAM))).andExpect(status().isOk());
        @SuppressWarnings("unchecked")
        var sent = ArgumentCaptor.forClass(FindRepsQuery.class);
        verify(queries, org.mockito.Mockito.times(2)).query(sent.capture(), any(ResponseType.class));
        assertThat(sent.getAllValues()).extracting(FindRepsQuery::visibility).containsExactly(
                CallerScope.teamAndOwn(TEAM, MANAGER), CallerScope.own(REP));
    }

    @Test
    void aTeamIdThatIsNoUuidIsABadRequest() throws Exception {
        mvc.perform(get("/api/reps?teamId=east").with(TestCallers.admin()))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("teamId"));
        verifyNoInteractions(queries);
    }

    @SuppressWarnings("unchecked")
    private <Q> void answer(Class<Q> queryType, Object result) {
        given(queries.query(any(queryType), any(ResponseType.class)))
                .willReturn(CompletableFuture.completedFuture(result));
    }

    @SuppressWarnings("unchecked")
    private FindRepsQuery sentListQuery() {
        var sent = ArgumentCaptor.forClass(FindRepsQuery.class);
        verify(queries).query(sent.capture(), any(ResponseType.class));
        return sent.getValue();
    }

    private ResultActions submit(String body, RequestPostProcessor caller) throws Exception {
        return mvc.perform(post("/api/reps").with(caller).contentType(MediaType.APPLICATION_JSON).content(body));
    }
}
