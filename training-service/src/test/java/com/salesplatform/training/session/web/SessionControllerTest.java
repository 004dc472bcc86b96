package com.salesplatform.training.session.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.salesplatform.platform.access.OwnerScope;
import com.salesplatform.platform.roster.RosterReplica;
import com.salesplatform.platformtest.TestCallers;
import com.salesplatform.training.session.SessionIds;
import com.salesplatform.training.session.api.EnrolRepCommand;
import com.salesplatform.training.session.api.EnrollmentOutcome;
import com.salesplatform.training.session.api.EnrollmentStatus;
import com.salesplatform.training.session.api.WithdrawEnrollmentCommand;
import com.salesplatform.training.shared.Access;
import java.util.Optional;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@WebMvcTest(SessionController.class)
@Import({Access.class, OwnerScope.class})
class SessionControllerTest {

    private static final String SESSION = "7c1a2e10-3b4d-4e5f-8a6b-7c8d9e0f1a2b";
    private static final String COURSE = "6d2b3f21-4c5e-4f60-9b7c-8d9e0f1a2b3c";
    private static final String TEAM = "5a1e5000-0000-4000-8000-000000000001";
    private static final String MANAGER = "5a1e5000-0000-4000-8000-0000000000b1";
    private static final String REP = "5a1e5000-0000-4000-8000-0000000000c1";
    private static final String OTHER_REP = "5a1e5000-0000-4000-8000-0000000000c2";

    @Autowired
    private MockMvc mvc;
    @MockitoBean
    private CommandGateway commands;
    @MockitoBean
    private QueryGateway queries;
    @MockitoBean
    private RosterReplica roster;

    @Test
    void aRepEnrolsThemselfAndLearnsTheirPlaceInLine() throws Exception {
        String enrollment = SessionIds.enrollmentOf(SESSION, REP);
        given(commands.sendAndWait(any())).willReturn(new EnrollmentOutcome(enrollment, EnrollmentStatus.WAITLISTED,
                3));
        mvc.perform(post("/api/sessions/" + SESSION.toUpperCase() + "/enrollments").with(TestCallers.rep(REP, TEAM)))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/sessions/" + SESSION + "/enrollments/" + enrollment))
                .andExpect(jsonPath("$.id").value(enrollment))
                .andExpect(jsonPath("$.repId").value(REP))
                .andExpect(jsonPath("$.status").value("WAITLISTED"))
                .andExpect(jsonPath("$.waitingListPosition").value(3));
        verify(commands).sendAndWait(new EnrolRepCommand(SESSION, REP));
    }

    @Test
    void aRepWithdrawsOnlyThemselfAndTheirManagerMayWithdrawThem() throws Exception {
        postTo("/withdrawals", "", TestCallers.rep(REP, TEAM)).andExpect(status().isNoContent());
        verify(commands).sendAndWait(new WithdrawEnrollmentCommand(SESSION, REP));
        postTo("/withdrawals", "{\"repId\":\"%s\"}".formatted(OTHER_REP), TestCallers.rep(REP, TEAM))
                .andExpect(status().isForbidden());
        given(roster.teamOf(OTHER_REP)).willReturn(Optional.of(TEAM));
        postTo("/withdrawals", "{\"repId\":\"%s\"}".formatted(OTHER_REP), TestCallers.manager(MANAGER, TEAM))
                .andExpect(status().isNoContent());
        verify(commands).sendAndWait(new WithdrawEnrollmentCommand(SESSION, OTHER_REP));
        postTo("/withdrawals", "{\"repId\":\"%s\"}".formatted(OTHER_REP),
                TestCallers.manager(MANAGER, "5a1e5000-0000-4000-8000-000000000009"))
                .andExpect(status().isForbidden());
    }

    @Test
    void namesInvalidFieldsAndSendsNothing() throws Exception {
        mvc.perform(post("/api/courses/" + COURSE + "/sessions").with(TestCallers.admin())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"capacity\":0}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(
                        Matchers.containsInAnyOrder("startsAt", "trainer", "capacity")));
        postTo("/attendance", "{\"repIds\":[]}", TestCallers.admin())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("repIds"));
        postTo("/completions", "{\"repId\":\"%s\",\"score\":101}".formatted(REP), TestCallers.admin())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("score"));
        postTo("/completions", "{\"repId\":\"%s\",\"score\":80.5}".formatted(REP), TestCallers.admin())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("score"));
        verifyNoInteractions(commands);
    }

    @Test
    void onlyManagersAndAdminsScheduleRecordAttendanceAndAssess() throws Exception {
        mvc.perform(post("/api/courses/" + COURSE + "/sessions").with(TestCallers.rep(REP, TEAM))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"startsAt\":\"2027-03-15T01:30:00Z\",\"trainer\":\"陈老师\",\"capacity\":5}"))
                .andExpect(status().isForbidden());
        postTo("/attendance", "{\"repIds\":[\"%s\"]}".formatted(REP), TestCallers.rep(REP, TEAM))
                .andExpect(status().isForbidden());
        postTo("/completions", "{\"repId\":\"%s\",\"score\":90}".formatted(REP), TestCallers.rep(REP, TEAM))
                .andExpect(status().isForbidden());
        verifyNoInteractions(commands);
    }

    private ResultActions postTo(String suffix, String body, RequestPostProcessor caller) throws Exception {
        return mvc.perform(post("/api/sessions/" + SESSION + suffix).with(caller)
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }
}
