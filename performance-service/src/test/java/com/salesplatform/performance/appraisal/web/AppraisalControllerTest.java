package com.salesplatform.performance.appraisal.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.salesplatform.performance.appraisal.api.AcknowledgeAppraisalCommand;
import com.salesplatform.performance.appraisal.api.AppealAppraisalCommand;
import com.salesplatform.performance.appraisal.api.BehaviourRubric;
import com.salesplatform.performance.appraisal.api.FindAppraisalQuery;
import com.salesplatform.performance.appraisal.api.KpiWeights;
import com.salesplatform.performance.appraisal.api.OpenAppraisalCommand;
import com.salesplatform.performance.appraisal.api.ReviewAppraisalCommand;
import com.salesplatform.performance.appraisal.query.AppraisalView;
import com.salesplatform.performance.rep.api.FindRepAsOfQuery;
import com.salesplatform.performance.rep.query.RepView;
import com.salesplatform.platform.rejection.RuleViolationException;
import com.salesplatform.platformtest.TestCallers;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@WebMvcTest({AppraisalController.class, AppraisalQueryController.class})
@Import({AppraisalAccess.class, VisibleAppraisals.class, AppraisalControllerTest.FixedClock.class})
class AppraisalControllerTest {

    private static final String TEAM = "5a1e5000-0000-4000-8000-000000000001";
    private static final String OTHER_TEAM = "5a1e5000-0000-4000-8000-000000000002";
    private static final String MANAGER = "5a1e5000-0000-4000-8000-0000000000b1";
    private static final String REP = "5a1e5000-0000-4000-8000-0000000000c1";
    private static final String OTHER_REP = "5a1e5000-0000-4000-8000-0000000000c2";
    private static final String ID = UUID.nameUUIDFromBytes(("appraisal/" + REP + "/2027-03")
            .getBytes(StandardCharsets.UTF_8)).toString();
    private static final AppraisalView REVIEWED = new AppraisalView(ID, REP, TEAM, "2027-03", "REVIEWED",
            KpiWeights.standard(), List.of(), null, null, null, null, null, Instant.parse("2027-04-01T00:00:00Z"),
            Instant.parse("2027-04-02T00:00:00Z"));
    private static final String REVIEW = """
            {"processAdherence":4,"teamwork":5,"learning":3,"feedback":"回款跟进及时"}""";

    @TestConfiguration
    static class FixedClock {
        @Bean
        @Primary
        Clock fixedClock() {
            return Clock.fixed(Instant.parse("2027-04-10T08:00:00Z"), ZoneOffset.UTC);
        }
    }

    @Autowired
    private MockMvc mvc;
    @MockitoBean
    private CommandGateway commands;
    @MockitoBean
    private QueryGateway queries;

    @Test
    void theTeamsManagerOpensTheAppraisalOfARepWithAnIdFromRepAndPeriod() throws Exception {
        answer(FindRepAsOfQuery.class, Optional.of(new RepView(REP, "张伟", TEAM, "华东", 2,
                LocalDate.of(2024, 3, 1), null)));
        open("""
                {"repId":"%s","period":"2027-03","weights":{"attainment":40,"activity":30,"satisfaction":15,"behaviour":15}}"""
                .formatted(REP), TestCallers.manager(MANAGER, TEAM))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/appraisals/" + ID));
        verify(queries).query(org.mockito.ArgumentMatchers.eq(new FindRepAsOfQuery(REP, LocalDate.of(2027, 3, 31))),
                any(ResponseType.class));
        verify(commands).sendAndWait(new OpenAppraisalCommand(ID, REP, "2027-03", new KpiWeights(40, 30, 15, 15)));
    }

    @Test
    void openingItAgainIsAConflictNamingTheExistingAppraisalToWhoMaySeeIt() throws Exception {
        answer(FindRepAsOfQuery.class, Optional.of(new RepView(REP, "张伟", TEAM, "华东", 2,
                LocalDate.of(2024, 3, 1), null)));
        given(commands.sendAndWait(any())).willThrow(new AggregateStreamCreationException("taken"));
        answer(FindAppraisalQuery.class, Optional.of(REVIEWED));
        open("{\"repId\":\"%s\",\"period\":\"2027-03\"}".formatted(REP), TestCallers.manager(MANAGER, TEAM))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("https://sales-platform.dev/problems/already-exists"))
                .andExpect(jsonPath("$.existingAppraisalId").value(ID));

        AppraisalView ofTheTeamBefore = new AppraisalView(ID, REP, OTHER_TEAM, "2027-03", "OPEN",
                KpiWeights.standard(), List.of(), null, null, null, null, null, Instant.parse("2027-04-01T00:00:00Z"),
                Instant.parse("2027-04-01T00:00:00Z"));
        answer(FindAppraisalQuery.class, Optional.of(ofTheTeamBefore));
        open("{\"repId\":\"%s\",\"period\":\"2027-03\"}".formatted(REP), TestCallers.manager(MANAGER, TEAM))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.existingAppraisalId").doesNotExist());
    }

    @Test
    void anotherTeamsManagerOrTheRepMayNotOpenIt() throws Exception {
        answer(FindRepAsOfQuery.class, Optional.of(new RepView(REP, "张伟", TEAM, "华东", 2,
                LocalDate.of(2024, 3, 1), null)));
        open("{\"repId\":\"%s\",\"period\":\"2027-03\"}".formatted(REP), TestCallers.manager(MANAGER, OTHER_TEAM))
                .andExpect(status().isForbidden());
        open("{\"repId\":\"%s\",\"period\":\"2027-03\"}".formatted(REP), TestCallers.rep(REP, TEAM))
                .andExpect(status().isForbidden());
        verifyNoInteractions(commands);
    }

    @Test
    void namesTheInvalidFieldsOfAnOpening() throws Exception {
        open("{\"repId\":\"zhang\",\"period\":\"2027\"}", TestCallers.admin())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(
                        org.hamcrest.Matchers.containsInAnyOrder("period", "repId")));
        answer(FindRepAsOfQuery.class, Optional.empty());
        open("{\"repId\":\"%s\",\"period\":\"2027-03\"}".formatted(REP), TestCallers.admin())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("repId"));
        verifyNoInteractions(commands);
    }

    @Test
    void onlyTheTeamsManagerOrAnAdminReviewsAndOnlyTheRepResponds() throws Exception {
        answer(FindAppraisalQuery.class, Optional.of(REVIEWED));
        action("review", REVIEW, TestCallers.manager(MANAGER, TEAM)).andExpect(status().isNoContent());
        verify(commands).sendAndWait(new ReviewAppraisalCommand(ID, MANAGER, new BehaviourRubric(4, 5, 3),
                "回款跟进及时"));
        action("review", REVIEW, TestCallers.admin()).andExpect(status().isNoContent());
        action("review", REVIEW, TestCallers.manager(REP, TEAM)).andExpect(status().isForbidden());
        action("acknowledgement", "{}", TestCallers.manager(MANAGER, TEAM)).andExpect(status().isForbidden());
        action("acknowledgement", "{}", TestCallers.rep(REP, TEAM)).andExpect(status().isNoContent());
        verify(commands).sendAndWait(new AcknowledgeAppraisalCommand(ID));
        action("appeal", "{\"reason\":\"订单未计入\"}", TestCallers.rep(REP, TEAM)).andExpect(status().isNoContent());
        verify(commands).sendAndWait(new AppealAppraisalCommand(ID, "订单未计入"));
        action("finalization", "{}", TestCallers.rep(REP, TEAM)).andExpect(status().isForbidden());
    }

    @Test
    void aReviewNeedsFeedbackAndRubricScoresAndAnAppealAReason() throws Exception {
        answer(FindAppraisalQuery.class, Optional.of(REVIEWED));
        action("review", REVIEW.replace("回款跟进及时", " "), TestCallers.manager(MANAGER, TEAM))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("feedback"));
        action("review", REVIEW.replace("\"teamwork\":5", "\"teamwork\":6"), TestCallers.manager(MANAGER, TEAM))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("teamwork"));
        action("appeal", "{}", TestCallers.rep(REP, TEAM))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        verifyNoInteractions(commands);
    }

    @Test
    void anInvalidTransitionIsAConflict() throws Exception {
        answer(FindAppraisalQuery.class, Optional.of(REVIEWED));
        given(commands.sendAndWait(any())).willThrow(new RuleViolationException("Cannot finalize"));
        action("finalization", "{}", TestCallers.manager(MANAGER, TEAM)).andExpect(status().isConflict());
    }

    @Test
    void aRepReadsOnlyTheirOwnAndAManagerTheirTeams() throws Exception {
        answer(FindAppraisalQuery.class, Optional.of(REVIEWED));
        mvc.perform(get("/api/appraisals/" + ID).with(TestCallers.rep(REP, TEAM)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.weights.attainment").value(50));
        mvc.perform(get("/api/appraisals/" + ID).with(TestCallers.manager(MANAGER, TEAM))).andExpect(status().isOk());
        mvc.perform(get("/api/appraisals/" + ID).with(TestCallers.rep(OTHER_REP, TEAM)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/appraisals/" + ID).with(TestCallers.manager(MANAGER, OTHER_TEAM)))
                .andExpect(status().isNotFound());
        action("acknowledgement", "{}", TestCallers.rep(OTHER_REP, TEAM)).andExpect(status().isNotFound());
    }

    @SuppressWarnings("unchecked")
    private <Q> void answer(Class<Q> queryType, Object result) {
        given(queries.query(any(queryType), any(ResponseType.class)))
                .willReturn(CompletableFuture.completedFuture(result));
    }

    private ResultActions open(String body, RequestPostProcessor caller) throws Exception {
        return mvc.perform(post("/api/appraisals").with(caller).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private ResultActions action(String what, String body, RequestPostProcessor caller) throws Exception {
        return mvc.perform(post("/api/appraisals/" + ID + "/" + what).with(caller)
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }
}
