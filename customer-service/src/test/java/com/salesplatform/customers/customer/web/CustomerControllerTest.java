package com.salesplatform.customers.customer.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.salesplatform.customers.customer.DuplicateCustomerException;
import com.salesplatform.customers.customer.api.ContactInput;
import com.salesplatform.customers.customer.api.CustomerStatus;
import com.salesplatform.customers.customer.api.CustomerType;
import com.salesplatform.customers.customer.api.FindCustomerSummaryQuery;
import com.salesplatform.customers.customer.api.FindCustomersQuery;
import com.salesplatform.customers.customer.api.LeadChannel;
import com.salesplatform.customers.customer.api.RegisterLeadCommand;
import com.salesplatform.customers.customer.api.SetCreditLimitCommand;
import com.salesplatform.customers.customer.query.CustomerEventData;
import com.salesplatform.customers.customer.query.CustomerList;
import com.salesplatform.customers.customer.query.CustomerSummary;
import com.salesplatform.platform.access.CallerScope;
import com.salesplatform.platform.history.EventHistory;
import com.salesplatform.platform.roster.RosterReplica;
import com.salesplatform.platform.web.PageQuery;
import com.salesplatform.platformtest.TestCallers;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.queryhandling.QueryGateway;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
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

@WebMvcTest({CustomerController.class, CustomerActivityController.class, CustomerQueryController.class})
@Import(CustomerAccess.class)
class CustomerControllerTest {

    private static final String TEAM = "5a1e5000-0000-4000-8000-000000000001";
    private static final String OTHER_TEAM = "5a1e5000-0000-4000-8000-000000000002";
    private static final String MANAGER = "5a1e5000-0000-4000-8000-0000000000b1";
    private static final String REP = "5a1e5000-0000-4000-8000-0000000000c1";
    private static final String OTHER_REP = "5a1e5000-0000-4000-8000-0000000000c2";
    private static final String CUSTOMER = "9c1d3b52-6f0a-4a7e-8d2b-3e5f7a9b1c01";
    private static final String LEAD = """
            {"name":"华联贸易","type":"B2B","channel":"EXHIBITION",
             "contact":{"name":"王芳","phone":"+86 138 0000 0000","email":"wang@example.cn","role":"采购"}}""";
    private static final CustomerSummary OWNED_BY_REP = new CustomerSummary(CUSTOMER, "华联贸易", CustomerType.B2B, null,
            null, LeadChannel.EXHIBITION, CustomerStatus.LEAD, REP, TEAM, Instant.parse("2027-03-01T00:00:00Z"), null);

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
    @MockitoBean
    private CustomerEventData eventData;

    @BeforeEach
    void rosterKnowsTheTeam() {
        given(roster.teamOf(REP)).willReturn(Optional.of(TEAM));
        given(roster.teamOf(OTHER_REP)).willReturn(Optional.of(OTHER_TEAM));
    }

    @Test
    void aRepRegistersALeadForThemselfAndIsAnsweredWithItsLocation() throws Exception {
        submitLead(LEAD, TestCallers.rep(REP, TEAM))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", Matchers.startsWith("/api/customers/")))
                .andExpect(jsonPath("$.id").isString());
        var sent = ArgumentCaptor.forClass(RegisterLeadCommand.class);
        verify(commands).sendAndWait(sent.capture());
        assertThat(sent.getValue())
                .returns(REP, RegisterLeadCommand::ownerRepId)
                .returns(false, RegisterLeadCommand::force)
                .returns(CustomerType.B2B, RegisterLeadCommand::type)
                .returns(LeadChannel.EXHIBITION, RegisterLeadCommand::channel)
                .returns(new ContactInput("王芳", "+86 138 0000 0000", "wang@example.cn", "采购"),
                        RegisterLeadCommand::contact);
        assertThat(sent.getValue().contactId()).isNotNull();
    }

    @Test
    void aManagerRegistersForARepOfTheirTeamAndForcesADuplicate() throws Exception {
        mvc.perform(post("/api/customers/leads?force=true").with(TestCallers.manager(MANAGER, TEAM))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(LEAD.replace("\"channel\"",
                                "\"ownerRepId\":\"" + REP.toUpperCase() + "\",\"channel\"")))
                .andExpect(status().isCreated());
        var sent = ArgumentCaptor.forClass(RegisterLeadCommand.class);
        verify(commands).sendAndWait(sent.capture());
        assertThat(sent.getValue().ownerRepId()).isEqualTo(REP);
        assertThat(sent.getValue().force()).isTrue();
    }

    @Test
    void aLeadLikeAnExistingCustomerIsAConflictNamingItOnlyToWhoMaySeeIt() throws Exception {
        given(commands.sendAndWait(any())).willThrow(new DuplicateCustomerException(CUSTOMER));
        answer(FindCustomerSummaryQuery.class, Optional.of(OWNED_BY_REP));
        submitLead(LEAD, TestCallers.rep(REP, TEAM))
                .andExpect(status().isConflict())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://sales-platform.dev/problems/duplicate-customer"))
                .andExpect(jsonPath("$.existingCustomerId").value(CUSTOMER));
        submitLead(LEAD, TestCallers.rep(OTHER_REP, TEAM))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("https://sales-platform.dev/problems/duplicate-customer"))
                .andExpect(jsonPath("$.existingCustomerId").doesNotExist())
                .andExpect(jsonPath("$.detail").value(Matchers.not(Matchers.containsString(CUSTOMER))));
    }

    @Test
    void onlyWritersRegisterAndAnOwnerMustBeTheRepThemselfOrOfTheManagersTeam() throws Exception {
        mvc.perform(post("/api/customers/leads").contentType(MediaType.APPLICATION_JSON).content(LEAD))
                .andExpect(status().isUnauthorized());
        String forOther = LEAD.replace("\"channel\"", "\"ownerRepId\":\"" + OTHER_REP + "\",\"channel\"");
        submitLead(forOther, TestCallers.rep(REP, TEAM)).andExpect(status().isForbidden());
        submitLead(forOther, TestCallers.manager(MANAGER, TEAM)).andExpect(status().isForbidden());
        submitLead(LEAD, TestCallers.caller("crm-sync", null, "INTEGRATION")).andExpect(status().isForbidden());
        verifyNoInteractions(commands);
    }

    @Test
    void namesEachInvalidFieldAndRejectsUnknownOnes() throws Exception {
        submitLead("{}", TestCallers.rep(REP, TEAM))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://sales-platform.dev/problems/validation"))
                .andExpect(jsonPath("$.errors[*].field").value(
                        Matchers.containsInAnyOrder("channel", "name", "type")));
        submitLead(LEAD.replace("\"B2B\"", "\"B2X\""), TestCallers.rep(REP, TEAM))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("type"))
                .andExpect(jsonPath("$.errors[0].message").value("cannot be read as one of B2B, B2C"));
        submitLead(LEAD.replace("wang@example.cn", "wang"), TestCallers.rep(REP, TEAM))
                .andExpect(jsonPath("$.errors[0].field").value("contact.email"));
        submitLead(LEAD.replace("+86 138 0000 0000", "call me"), TestCallers.rep(REP, TEAM))
                .andExpect(jsonPath("$.errors[0].field").value("contact.phone"));
        submitLead(LEAD.replace("\"name\":\"华联贸易\"", "\"name\":\"华联贸易\",\"id\":\"abc\""), TestCallers.rep(REP, TEAM))
                .andExpect(jsonPath("$.errors[0].field").value("id"));
        submitLead(LEAD.replace("\"type\"", "\"vip\":true,\"type\""), TestCallers.rep(REP, TEAM))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("vip"));
        verifyNoInteractions(commands);
    }

    @Test
    void anotherRepsCustomerIsNotFoundForReadsAndWrites() throws Exception {
        answer(FindCustomerSummaryQuery.class, Optional.of(OWNED_BY_REP));
        RequestPostProcessor otherRep = TestCallers.rep(OTHER_REP, TEAM);
        mvc.perform(get("/api/customers/" + CUSTOMER).with(otherRep))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("/api/customers/" + CUSTOMER + "/qualification").with(otherRep))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/customers/" + CUSTOMER + "/satisfaction").with(TestCallers.manager(MANAGER, OTHER_TEAM))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"score\":3}"))
                .andExpect(status().isNotFound());
        verifyNoInteractions(commands);
    }

    @Test
    void creditLimitsAreForManagersAndAdminsAndHaveTwoDecimals() throws Exception {
        answer(FindCustomerSummaryQuery.class, Optional.of(OWNED_BY_REP));
        creditLimit("{\"amount\":1000}", TestCallers.rep(REP, TEAM)).andExpect(status().isForbidden());
        creditLimit("{\"amount\":1000.005}", TestCallers.manager(MANAGER, TEAM))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("amount"));
        creditLimit("{\"amount\":-1}", TestCallers.admin()).andExpect(status().isBadRequest());
        verifyNoInteractions(commands);
        creditLimit("{\"amount\":500000.50}", TestCallers.manager(MANAGER, TEAM)).andExpect(status().isNoContent());
        verify(commands).sendAndWait(new SetCreditLimitCommand(CUSTOMER, new BigDecimal("500000.50")));
    }

    @Test
    void onlyAnAdminErasesPersonalData() throws Exception {
        answer(FindCustomerSummaryQuery.class, Optional.of(OWNED_BY_REP));
        mvc.perform(delete("/api/customers/" + CUSTOMER + "/personal-data").with(TestCallers.manager(MANAGER, TEAM)))
                .andExpect(status().isForbidden());
        verifyNoInteractions(commands);
        mvc.perform(delete("/api/customers/" + CUSTOMER + "/personal-data").with(TestCallers.admin()))
                .andExpect(status().isNoContent());
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"score\":0}", "{\"score\":6}", "{\"score\":2.5}", "{}"})
    void satisfactionIsOneToFive(String body) throws Exception {
        answer(FindCustomerSummaryQuery.class, Optional.of(OWNED_BY_REP));
        mvc.perform(post("/api/customers/" + CUSTOMER + "/satisfaction").with(TestCallers.rep(REP, TEAM))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("score"));
        verifyNoInteractions(commands);
    }

    @Test
    void aFollowUpNeedsADueTimeAndAPurpose() throws Exception {
        answer(FindCustomerSummaryQuery.class, Optional.of(OWNED_BY_REP));
        mvc.perform(post("/api/customers/" + CUSTOMER + "/follow-ups").with(TestCallers.rep(REP, TEAM))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"dueAt\":\"next week\",\"purpose\":\"回访\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("dueAt"));
        mvc.perform(post("/api/customers/" + CUSTOMER + "/follow-ups").with(TestCallers.rep(REP, TEAM))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"dueAt\":\"2099-01-01T00:00:00Z\"}"))
                .andExpect(jsonPath("$.errors[0].field").value("purpose"));
        verifyNoInteractions(commands);
    }

    @Test
    void theListShowsARepTheirOwnAndAManagerTheirTeamsAndPassesTheFilters() throws Exception {
        answer(FindCustomersQuery.class, new CustomerList(List.of(OWNED_BY_REP), 1));
        mvc.perform(get("/api/customers?q= 华联 &status=LEAD&size=10").with(TestCallers.rep(REP, TEAM)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].id").value(CUSTOMER))
                .andExpect(jsonPath("$.items[0].ownerTeamId").doesNotExist())
                .andExpect(jsonPath("$.totalItems").value(1));
        mvc.perform(get("/api/customers?ownerRepId=" + REP.toUpperCase()).with(TestCallers.manager(MANAGER, TEAM)))
                .andExpect(status().isOk());
        @SuppressWarnings("unchecked")
        var sent = ArgumentCaptor.forClass(FindCustomersQuery.class);
        verify(queries, org.mockito.Mockito.times(2)).query(sent.capture(), any(ResponseType.class));
        assertThat(sent.getAllValues()).containsExactly(
                new FindCustomersQuery(null, CustomerStatus.LEAD, "华联", CallerScope.own(REP),
                        new PageQuery(0, 10)),
                new FindCustomersQuery(REP, null, null, CallerScope.teamAndOwn(TEAM, MANAGER),
                        new PageQuery(0, 50)));
    }

    @Test
    void badListAndAsOfParametersAreBadRequestsNamingThem() throws Exception {
        mvc.perform(get("/api/customers?status=ASLEEP").with(TestCallers.admin()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("status"));
        mvc.perform(get("/api/customers?ownerRepId=zhang").with(TestCallers.admin()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("ownerRepId"));
        mvc.perform(get("/api/customers/" + CUSTOMER + "?asOf=yesterday").with(TestCallers.admin()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("asOf"));
        verifyNoInteractions(queries);
    }

    @SuppressWarnings("unchecked")
    private <Q> void answer(Class<Q> queryType, Object result) {
        given(queries.query(any(queryType), any(ResponseType.class)))
                .willReturn(CompletableFuture.completedFuture(result));
    }

    private ResultActions creditLimit(String body, RequestPostProcessor caller) throws Exception {
        return mvc.perform(put("/api/customers/" + CUSTOMER + "/credit-limit").with(caller)
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private ResultActions submitLead(String body, RequestPostProcessor caller) throws Exception {
        return mvc.perform(post("/api/customers/leads").with(caller).contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }
}
