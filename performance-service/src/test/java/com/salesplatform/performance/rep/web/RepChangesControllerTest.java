package com.salesplatform.performance.rep.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.salesplatform.performance.rep.api.FindRepAsOfQuery;
import com.salesplatform.performance.rep.api.FindRepQuery;
import com.salesplatform.performance.rep.api.PromoteRepCommand;
import com.salesplatform.performance.rep.api.RecordRepDepartureCommand;
import com.salesplatform.performance.rep.api.RepHiredEvent;
import com.salesplatform.performance.rep.api.TransferRepCommand;
import com.salesplatform.performance.rep.query.RepView;
import com.salesplatform.platform.history.EventHistory;
import com.salesplatform.platform.history.HistoryEntry;
import com.salesplatform.platform.rejection.RuleViolationException;
import com.salesplatform.platform.web.PageQuery;
import com.salesplatform.platform.web.PageResponse;
import com.salesplatform.platformtest.TestCallers;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
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
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Transfer, promotion, departure, history and the as-of view of a rep. */
@WebMvcTest({RepController.class, RepQueryController.class})
@Import({RepAccess.class, VisibleReps.class})
class RepChangesControllerTest {

    private static final String TEAM = "5a1e5000-0000-4000-8000-000000000001";
    private static final String OTHER_TEAM = "5a1e5000-0000-4000-8000-000000000002";
    private static final String MANAGER = "5a1e5000-0000-4000-8000-0000000000b1";
    private static final String REP = "5a1e5000-0000-4000-8000-0000000000c1";
    private static final LocalDate HIRED = LocalDate.of(2024, 3, 1);
    private static final RepView ZHANG = new RepView(REP, "张伟", TEAM, "华东销售一组", 2, HIRED, null);

    @Autowired
    private MockMvc mvc;
    @MockitoBean
    private CommandGateway commands;
    @MockitoBean
    private QueryGateway queries;
    @MockitoBean
    private EventHistory history;

    @BeforeEach
    void zhangExists() {
        answer(FindRepQuery.class, Optional.of(ZHANG));
    }

    @Test
    void anAdminOrTheTeamsManagerTransfersPromotesAndRecordsADeparture() throws Exception {
        change("transfer", """
                {"toTeamId":"%s","effectiveOn":"2025-01-01"}""".formatted(OTHER_TEAM.toUpperCase()), TestCallers.admin())
                .andExpect(status().isNoContent());
        verify(commands).sendAndWait(new TransferRepCommand(REP, OTHER_TEAM, LocalDate.of(2025, 1, 1)));
        change("promotion", "{\"toGrade\":3}", TestCallers.manager(MANAGER, TEAM))
                .andExpect(status().isNoContent());
        verify(commands).sendAndWait(new PromoteRepCommand(REP, 3));
        change("departure", "{\"departedOn\":\"2025-06-30\"}", TestCallers.manager(MANAGER, TEAM))
                .andExpect(status().isNoContent());
        verify(commands).sendAndWait(new RecordRepDepartureCommand(REP, LocalDate.of(2025, 6, 30)));
    }

    @Test
    void theRepThemselfIsForbiddenAndAnotherTeamsManagerFindsNothing() throws Exception {
        change("promotion", "{\"toGrade\":3}", TestCallers.rep(REP, TEAM))
                .andExpect(status().isForbidden())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
        change("departure", "{\"departedOn\":\"2025-06-30\"}", TestCallers.manager(MANAGER, OTHER_TEAM))
                .andExpect(status().isNotFound());
        verifyNoInteractions(commands);
    }

    @Test
    void namesTheInvalidField() throws Exception {
        change("transfer", "{\"toTeamId\":\"east\",\"effectiveOn\":\"2025-01-01\"}", TestCallers.admin())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("toTeamId"));
        change("promotion", "{\"toGrade\":7}", TestCallers.admin())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("toGrade"));
        change("departure", "{\"departedOn\":\"%s\"}".formatted(LocalDate.now().plusDays(3)), TestCallers.admin())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("departedOn"));
        verifyNoInteractions(commands);
    }

    @Test
    void aForbiddenTransitionIsAConflict() throws Exception {
        given(commands.sendAndWait(any())).willThrow(new RuleViolationException("Rep departed on 2025-06-30"));
        change("promotion", "{\"toGrade\":3}", TestCallers.admin())
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("https://sales-platform.dev/problems/rule-violation"));
    }

    @Test
    void showsTheRepAsOfADateOrAnInstant() throws Exception {
        answer(FindRepAsOfQuery.class, Optional.of(new RepView(REP, "张伟", OTHER_TEAM, "华南", 2, HIRED, null)));
        mvc.perform(get("/api/reps/" + REP + "?asOf=2025-02-01").with(TestCallers.rep(REP, TEAM)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.teamId").value(OTHER_TEAM));
        verify(queries).query(org.mockito.ArgumentMatchers.eq(new FindRepAsOfQuery(REP, LocalDate.of(2025, 2, 1))),
                any(ResponseType.class));
        // an instant counts on its day in the company's calendar: 00:30 on 1 April in Beijing
        mvc.perform(get("/api/reps/" + REP + "?asOf=2025-03-31T16:30:00Z").with(TestCallers.admin()))
                .andExpect(status().isOk());
        verify(queries).query(org.mockito.ArgumentMatchers.eq(new FindRepAsOfQuery(REP, LocalDate.of(2025, 4, 1))),
                any(ResponseType.class));
        mvc.perform(get("/api/reps/" + REP + "?asOf=yesterday").with(TestCallers.admin()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("asOf"));
    }

    @Test
    void beforeTheHiringTheRepIsNotFound() throws Exception {
        answer(FindRepAsOfQuery.class, Optional.empty());
        mvc.perform(get("/api/reps/" + REP + "?asOf=2020-01-01").with(TestCallers.admin()))
                .andExpect(status().isNotFound());
    }

    @Test
    void listsTheHistoryWithWhoAndWhen() throws Exception {
        PageQuery page = PageQuery.of(null, null);
        HistoryEntry hired = new HistoryEntry("e-1", "RepHired", 1, 0, Instant.parse("2024-03-01T08:00:00Z"), MANAGER,
                null, new RepHiredEvent(REP, "张伟", TEAM, 2, HIRED));
        given(history.of(REP, page)).willReturn(Optional.of(PageResponse.of(List.of(hired), page, 1)));
        mvc.perform(get("/api/reps/" + REP + "/history").with(TestCallers.manager(MANAGER, TEAM)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(1))
                .andExpect(jsonPath("$.items[0].id").value("e-1"))
                .andExpect(jsonPath("$.items[0].type").value("RepHired"))
                .andExpect(jsonPath("$.items[0].version").value(1))
                .andExpect(jsonPath("$.items[0].actorId").value(MANAGER))
                .andExpect(jsonPath("$.items[0].occurredAt").value("2024-03-01T08:00:00Z"))
                .andExpect(jsonPath("$.items[0].data.teamId").value(TEAM));
    }

    @SuppressWarnings("unchecked")
    private <Q> void answer(Class<Q> queryType, Object result) {
        given(queries.query(any(queryType), any(ResponseType.class)))
                .willReturn(CompletableFuture.completedFuture(result));
    }

    private ResultActions change(String what, String body, RequestPostProcessor caller) throws Exception {
        return mvc.perform(post("/api/reps/" + REP + "/" + what).with(caller)
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }
}
