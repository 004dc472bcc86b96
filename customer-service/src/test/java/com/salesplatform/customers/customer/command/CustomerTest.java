package com.salesplatform.customers.customer.command;

import static com.salesplatform.platformtest.Rejections.rejectedOn;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import com.salesplatform.customers.customer.DuplicateCustomerException;
import com.salesplatform.customers.customer.api.AddContactCommand;
import com.salesplatform.customers.customer.api.CommunicationLoggedEvent;
import com.salesplatform.customers.customer.api.CommunicationType;
import com.salesplatform.customers.customer.api.CompleteFollowUpCommand;
import com.salesplatform.customers.customer.api.ComplaintOpenedEvent;
import com.salesplatform.customers.customer.api.ComplaintResolvedEvent;
import com.salesplatform.customers.customer.api.ContactAddedEvent;
import com.salesplatform.customers.customer.api.ContactErasedEvent;
import com.salesplatform.customers.customer.api.ContactInput;
import com.salesplatform.customers.customer.api.ConvertCustomerCommand;
import com.salesplatform.customers.customer.api.CreditLimitSetEvent;
import com.salesplatform.customers.customer.api.CustomerConvertedEvent;
import com.salesplatform.customers.customer.api.CustomerLostEvent;
import com.salesplatform.customers.customer.api.CustomerMarkedDormantEvent;
import com.salesplatform.customers.customer.api.CustomerProfileUpdatedEvent;
import com.salesplatform.customers.customer.api.CustomerReassignedEvent;
import com.salesplatform.customers.customer.api.CustomerStatus;
import com.salesplatform.customers.customer.api.CustomerType;
import com.salesplatform.customers.customer.api.EraseContactCommand;
import com.salesplatform.customers.customer.api.ErasePersonalDataCommand;
import com.salesplatform.customers.customer.api.FollowUpCompletedEvent;
import com.salesplatform.customers.customer.api.FollowUpOverdueEvent;
import com.salesplatform.customers.customer.api.FollowUpScheduledEvent;
import com.salesplatform.customers.customer.api.LeadChannel;
import com.salesplatform.customers.customer.api.LeadQualifiedEvent;
import com.salesplatform.customers.customer.api.LeadRegisteredEvent;
import com.salesplatform.customers.customer.api.LogCommunicationCommand;
import com.salesplatform.customers.customer.api.MarkCustomerDormantCommand;
import com.salesplatform.customers.customer.api.MarkCustomerLostCommand;
import com.salesplatform.customers.customer.api.OpenComplaintCommand;
import com.salesplatform.customers.customer.api.PersonalDataErasedEvent;
import com.salesplatform.customers.customer.api.QualifyLeadCommand;
import com.salesplatform.customers.customer.api.ReassignCustomerCommand;
import com.salesplatform.customers.customer.api.RecordSatisfactionCommand;
import com.salesplatform.customers.customer.api.RegisterLeadCommand;
import com.salesplatform.customers.customer.api.ResolveComplaintCommand;
import com.salesplatform.customers.customer.api.SatisfactionRecordedEvent;
import com.salesplatform.customers.customer.api.ScheduleFollowUpCommand;
import com.salesplatform.customers.customer.api.SealedContact;
import com.salesplatform.customers.customer.api.SetCreditLimitCommand;
import com.salesplatform.customers.customer.api.UpdateCustomerProfileCommand;
import com.salesplatform.customers.personaldata.CustomerKeys;
import com.salesplatform.customers.personaldata.PersonalDataCipher;
import com.salesplatform.platform.rejection.NotFoundException;
import com.salesplatform.platform.rejection.RuleViolationException;
import com.salesplatform.platform.roster.RosterReplica;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CustomerTest {

    private static final String ID = "9c1d3b52-6f0a-4a7e-8d2b-3e5f7a9b1c01";
    private static final String OWNER = "5a1e5000-0000-4000-8000-0000000000c1";
    private static final String OTHER_REP = "5a1e5000-0000-4000-8000-0000000000c2";
    private static final String STRANGER = "5a1e5000-0000-4000-8000-0000000000ff";
    private static final String CONTACT = "2a3b4c5d-6e7f-4a8b-9c0d-1e2f3a4b5c61";
    private static final String FOLLOW_UP = "4b7e2c10-1d3f-4a5b-9c6d-7e8f9a0b1c21";
    private static final String COMPLAINT = "6d2f8a31-5b4c-4e6d-8f7a-9b0c1d2e3f41";
    private static final Instant NOW = Instant.parse("2027-03-01T08:00:00Z");
    private static final Instant DUE = NOW.plus(Duration.ofDays(7));
    private static final ContactInput CONTACT_INPUT = new ContactInput("王芳", "+86 138 0000 0000", "wang@example.cn",
            "采购");
    private static final SealedContact SEALED = new SealedContact(CONTACT, "gcm1:n", "gcm1:p", "gcm1:e", "采购");
    private static final LeadRegisteredEvent REGISTERED = new LeadRegisteredEvent(ID, "华联贸易", CustomerType.B2B, "零售",
            "华东", LeadChannel.EXHIBITION, OWNER, SEALED);
    private static final FollowUpScheduledEvent SCHEDULED = new FollowUpScheduledEvent(ID, FOLLOW_UP, OWNER, DUE,
            sealed("", "确认样品反馈"));

    private FixtureConfiguration<Customer> fixture;
    private CustomerDirectory directory;
    private PersonalDataCipher cipher;
    private CustomerKeys keys;

    @BeforeEach
    void setUp() {
        directory = mock(CustomerDirectory.class);
        given(directory.findDuplicate(any(), any())).willReturn(Optional.empty());
        RosterReplica roster = mock(RosterReplica.class);
        given(roster.isActive(OWNER)).willReturn(true);
        given(roster.isActive(OTHER_REP)).willReturn(true);
        cipher = mock(PersonalDataCipher.class);
        given(cipher.seal(eq(ID), eq(CONTACT), any())).willReturn(SEALED);
        given(cipher.sealText(eq(ID), any(), any())).willAnswer(call -> sealed(call.getArgument(1),
                call.getArgument(2)));
        given(cipher.sealName(eq(ID), any(), any(), any())).willAnswer(call -> call.getArgument(2) == CustomerType.B2C
                ? sealed(call.getArgument(1), call.getArgument(3)) : call.getArgument(3));
        keys = mock(CustomerKeys.class);
        fixture = new AggregateTestFixture<>(Customer.class);
        fixture.registerInjectableResource(directory);
        fixture.registerInjectableResource(roster);
        fixture.registerInjectableResource(cipher);
        fixture.registerInjectableResource(keys);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    /** What the cipher stands in for: the text sealed with the customer key {@code keyRef}. */
    private static String sealed(String keyRef, String text) {
        return text == null ? null : "sealed[" + keyRef + "]:" + text;
    }

    private static RegisterLeadCommand lead(String name, String owner, boolean force) {
        return new RegisterLeadCommand(ID, name, CustomerType.B2B, " 零售 ", "华东", LeadChannel.EXHIBITION, CONTACT,
                CONTACT_INPUT, owner, force);
    }

    @Test
    void registersALeadWithItsContactSealed() {
        fixture.givenNoPriorActivity()
                .when(lead(" 华联贸易 ", OWNER, false))
                .expectSuccessfulHandlerExecution()
                .expectEvents(REGISTERED);
        verify(cipher).seal(ID, CONTACT, CONTACT_INPUT);
    }

    @Test
    void registersALeadWithoutContactAndAPersonsNameSealed() {
        fixture.givenNoPriorActivity()
                .when(new RegisterLeadCommand(ID, " 李先生 ", CustomerType.B2C, null, null, LeadChannel.WEBSITE, null,
                        null, OWNER, false))
                .expectEvents(new LeadRegisteredEvent(ID, sealed("", "李先生"), CustomerType.B2C, null, null,
                        LeadChannel.WEBSITE, OWNER, null));
        verify(directory).findDuplicate("李先生", null);
    }

    @Test
    void rejectsALeadThatLooksLikeAnExistingCustomerUnlessForced() {
        given(directory.findDuplicate("华联贸易", CONTACT_INPUT)).willReturn(Optional.of("existing-id"));
        fixture.givenNoPriorActivity()
                .when(lead("华联贸易", OWNER, false))
                .expectNoEvents()
                .expectException(DuplicateCustomerException.class);
        verify(cipher, never()).seal(any(), any(), any());
        fixture.givenNoPriorActivity()
                .when(lead("华联贸易", OWNER, true))
                .expectEvents(REGISTERED);
    }

    @Test
    void rejectsAnOwnerOutsideTheRosterAndMissingFields() {
        expectRejected(List.of(), lead("华联贸易", STRANGER, false), "ownerRepId");
        expectRejected(List.of(), lead("华联贸易", null, false), "ownerRepId");
        expectRejected(List.of(), lead("  ", OWNER, false), "name");
        expectRejected(List.of(), lead("x".repeat(201), OWNER, false), "name");
        expectRejected(List.of(), new RegisterLeadCommand(ID, "华联", null, null, null, LeadChannel.PHONE, null, null,
                OWNER, false), "type");
        expectRejected(List.of(), new RegisterLeadCommand(ID, "华联", CustomerType.B2B, null, null, null, null, null,
                OWNER, false), "channel");
        expectRejected(List.of(), new RegisterLeadCommand(ID, "华联", CustomerType.B2B, null, null, LeadChannel.PHONE,
                CONTACT, new ContactInput(" ", null, null, null), OWNER, false), "contact.name");
    }

    @Test
    void aLeadIsQualifiedThenConvertedAndOnlyInThatOrder() {
        fixture.given(REGISTERED).when(new QualifyLeadCommand(ID)).expectEvents(new LeadQualifiedEvent(ID, OWNER));
        fixture.given(REGISTERED).when(new ConvertCustomerCommand(ID))
                .expectNoEvents().expectException(RuleViolationException.class);
        fixture.given(REGISTERED, new LeadQualifiedEvent(ID, OWNER)).when(new QualifyLeadCommand(ID))
                .expectNoEvents().expectException(RuleViolationException.class);
        fixture.given(REGISTERED, new LeadQualifiedEvent(ID, OWNER)).when(new ConvertCustomerCommand(ID))
                .expectEvents(new CustomerConvertedEvent(ID, OWNER));
    }

    @Test
    void anActiveCustomerTurnsDormantWithAReasonAndIsReactivatedByConversion() {
        Object[] active = {REGISTERED, new LeadQualifiedEvent(ID, OWNER), new CustomerConvertedEvent(ID, OWNER)};
        fixture.given(active).when(new MarkCustomerDormantCommand(ID, "半年未下单"))
                .expectEvents(new CustomerMarkedDormantEvent(ID, OWNER, "半年未下单"));
        expectRejected(List.of(active), new MarkCustomerDormantCommand(ID, " "), "reason");
        fixture.given(REGISTERED).when(new MarkCustomerDormantCommand(ID, "半年未下单"))
                .expectNoEvents().expectException(RuleViolationException.class);
        fixture.given(REGISTERED, new LeadQualifiedEvent(ID, OWNER), new CustomerConvertedEvent(ID, OWNER),
                        new CustomerMarkedDormantEvent(ID, OWNER, "半年未下单"))
                .when(new ConvertCustomerCommand(ID))
                .expectEvents(new CustomerConvertedEvent(ID, OWNER));
    }

    @Test
    void aCustomerIsLostWithAReasonOnceAndThenTakesNoMoreChanges() {
        fixture.given(REGISTERED).when(new MarkCustomerLostCommand(ID, "选择了竞争对手"))
                .expectEvents(new CustomerLostEvent(ID, OWNER, CustomerStatus.LEAD, "选择了竞争对手"));
        expectRejected(List.of(REGISTERED), new MarkCustomerLostCommand(ID, null), "reason");
        CustomerLostEvent lost = new CustomerLostEvent(ID, OWNER, CustomerStatus.LEAD, "选择了竞争对手");
        for (Object command : List.of(new MarkCustomerLostCommand(ID, "again"), new QualifyLeadCommand(ID),
                new SetCreditLimitCommand(ID, BigDecimal.TEN), new ReassignCustomerCommand(ID, OTHER_REP),
                new AddContactCommand(ID, CONTACT, CONTACT_INPUT), new ScheduleFollowUpCommand(ID, FOLLOW_UP, DUE, "x"),
                new UpdateCustomerProfileCommand(ID, "华联", CustomerType.B2B, null, null, List.of()))) {
            fixture.given(REGISTERED, lost).when(command).expectNoEvents()
                    .expectException(RuleViolationException.class);
        }
    }

    @Test
    void updatesTheProfileWithDistinctStrippedTags() {
        fixture.given(REGISTERED)
                .when(new UpdateCustomerProfileCommand(ID, "华联贸易集团", CustomerType.B2B, "批发", null,
                        List.of("重点客户", " 重点客户 ", "华东")))
                .expectEvents(new CustomerProfileUpdatedEvent(ID, "华联贸易集团", CustomerType.B2B, "批发", null,
                        List.of("重点客户", "华东")));
        fixture.given(REGISTERED, new PersonalDataErasedEvent(ID, NOW))
                .when(new UpdateCustomerProfileCommand(ID, "李雷", CustomerType.B2C, null, null, null))
                .expectEvents(new CustomerProfileUpdatedEvent(ID, sealed("g1", "李雷"), CustomerType.B2C, null, null,
                        List.of()));
        expectRejected(List.of(REGISTERED), new UpdateCustomerProfileCommand(ID, "", CustomerType.B2B, null, null,
                null), "name");
        expectRejected(List.of(REGISTERED), new UpdateCustomerProfileCommand(ID, "华联", null, null, null, null),
                "type");
        expectRejected(List.of(REGISTERED), new UpdateCustomerProfileCommand(ID, "华联", CustomerType.B2B, null, null,
                java.util.stream.IntStream.range(0, 21).mapToObj(i -> "t" + i).toList()), "tags");
    }

    @Test
    void addsASealedContactAlsoAfterErasure() {
        fixture.given(REGISTERED).when(new AddContactCommand(ID, CONTACT, CONTACT_INPUT))
                .expectEvents(new ContactAddedEvent(ID, SEALED));
        expectRejected(List.of(REGISTERED), new AddContactCommand(ID, CONTACT, new ContactInput(null, "1", null, null)),
                "name");
        fixture.given(REGISTERED, new PersonalDataErasedEvent(ID, NOW))
                .when(new AddContactCommand(ID, CONTACT, CONTACT_INPUT))
                .expectEvents(new ContactAddedEvent(ID, SEALED));
    }

    @Test
    void erasesOneContactByDestroyingTheirKeyOnce() {
        String other = "7f1e2d3c-4b5a-4968-8776-655443322110";
        ContactAddedEvent added = new ContactAddedEvent(ID,
                new SealedContact(other, "gcm2:x:n", null, null, null));
        fixture.given(REGISTERED, added).when(new EraseContactCommand(ID, other))
                .expectEvents(new ContactErasedEvent(ID, other, NOW));
        verify(keys).destroyContact(ID, other);
        fixture.given(REGISTERED, added, new ContactErasedEvent(ID, other, NOW))
                .when(new EraseContactCommand(ID, other)).expectSuccessfulHandlerExecution().expectNoEvents();
        fixture.given(REGISTERED).when(new EraseContactCommand(ID, other))
                .expectNoEvents().expectException(NotFoundException.class);
        fixture.given(REGISTERED, new PersonalDataErasedEvent(ID, NOW)).when(new EraseContactCommand(ID, CONTACT))
                .expectSuccessfulHandlerExecution().expectNoEvents();
    }

    @Test
    void reassignsToAnotherRosterRepOnly() {
        fixture.given(REGISTERED).when(new ReassignCustomerCommand(ID, OTHER_REP))
                .expectEvents(new CustomerReassignedEvent(ID, OWNER, OTHER_REP));
        expectRejected(List.of(REGISTERED), new ReassignCustomerCommand(ID, STRANGER), "ownerRepId");
        fixture.given(REGISTERED).when(new ReassignCustomerCommand(ID, OWNER))
                .expectNoEvents().expectException(RuleViolationException.class);
    }

    @Test
    void setsACreditLimitWithTwoDecimals() {
        fixture.given(REGISTERED).when(new SetCreditLimitCommand(ID, new BigDecimal("500000")))
                .expectEvents(new CreditLimitSetEvent(ID, new BigDecimal("500000.00"), "CNY"));
        fixture.given(REGISTERED).when(new SetCreditLimitCommand(ID, new BigDecimal("0.50")))
                .expectEvents(new CreditLimitSetEvent(ID, new BigDecimal("0.50"), "CNY"));
        expectRejected(List.of(REGISTERED), new SetCreditLimitCommand(ID, new BigDecimal("-1")), "amount");
        expectRejected(List.of(REGISTERED), new SetCreditLimitCommand(ID, new BigDecimal("1.005")), "amount");
        expectRejected(List.of(REGISTERED), new SetCreditLimitCommand(ID, null), "amount");
    }

    @Test
    void logsACommunicationNotInTheFuture() {
        Instant at = NOW.minusSeconds(3600);
        fixture.given(REGISTERED)
                .when(new LogCommunicationCommand(ID, "c1", CommunicationType.VISIT, at, " 拜访 ", null, "寄样品"))
                .expectEvents(new CommunicationLoggedEvent(ID, "c1", OWNER, CommunicationType.VISIT, at,
                        sealed("", "拜访"), null, sealed("", "寄样品")));
        fixture.given(REGISTERED, new PersonalDataErasedEvent(ID, NOW))
                .when(new LogCommunicationCommand(ID, "c2", CommunicationType.CALL, at, "回访", "满意", null))
                .expectEvents(new CommunicationLoggedEvent(ID, "c2", OWNER, CommunicationType.CALL, at,
                        sealed("g1", "回访"), sealed("g1", "满意"), null));
        expectRejected(List.of(REGISTERED), new LogCommunicationCommand(ID, "c1", CommunicationType.CALL,
                NOW.plusSeconds(60), "x", null, null), "occurredAt");
        expectRejected(List.of(REGISTERED), new LogCommunicationCommand(ID, "c1", null, at, "x", null, null), "type");
        expectRejected(List.of(REGISTERED), new LogCommunicationCommand(ID, "c1", CommunicationType.CALL, at, "",
                null, null), "summary");
    }

    @Test
    void schedulesAFollowUpWithItsDueDeadline() {
        fixture.given(REGISTERED)
                .when(new ScheduleFollowUpCommand(ID, FOLLOW_UP, DUE, "确认样品反馈"))
                .expectEvents(SCHEDULED)
                .expectScheduledDeadlineWithName(DUE, Customer.FOLLOW_UP_DUE);
        expectRejected(List.of(REGISTERED), new ScheduleFollowUpCommand(ID, FOLLOW_UP, NOW, "x"), "dueAt");
        expectRejected(List.of(REGISTERED), new ScheduleFollowUpCommand(ID, FOLLOW_UP, DUE, " "), "purpose");
    }

    @Test
    void anUncompletedFollowUpBecomesOverdueWhenItsDeadlinePasses() {
        fixture.given(REGISTERED)
                .andGivenCommands(new ScheduleFollowUpCommand(ID, FOLLOW_UP, DUE, "确认样品反馈"))
                .whenThenTimeAdvancesTo(DUE.plusSeconds(1))
                .expectDeadlinesMet(new FollowUpDue(FOLLOW_UP))
                .expectEvents(new FollowUpOverdueEvent(ID, FOLLOW_UP, OWNER, DUE));
    }

    @Test
    void aCompletedFollowUpNeverBecomesOverdue() {
        fixture.given(REGISTERED)
                .andGivenCommands(new ScheduleFollowUpCommand(ID, FOLLOW_UP, DUE, "确认样品反馈"),
                        new CompleteFollowUpCommand(ID, FOLLOW_UP, "已确认", null))
                .whenThenTimeAdvancesTo(DUE.plusSeconds(1))
                .expectNoEvents();
    }

    @Test
    void aLostCustomersFollowUpDoesNotBecomeOverdue() {
        fixture.given(REGISTERED)
                .andGivenCommands(new ScheduleFollowUpCommand(ID, FOLLOW_UP, DUE, "确认样品反馈"),
                        new MarkCustomerLostCommand(ID, "倒闭"))
                .whenThenTimeAdvancesTo(DUE.plusSeconds(1))
                .expectNoEvents();
    }

    @Test
    void completesAFollowUpOnTimeWithItsSatisfaction() {
        fixture.given(REGISTERED, SCHEDULED)
                .when(new CompleteFollowUpCommand(ID, FOLLOW_UP, "客户确认下单意向", 4))
                .expectEvents(new FollowUpCompletedEvent(ID, FOLLOW_UP, OWNER, sealed("", "客户确认下单意向"), 4, NOW,
                                true),
                        new SatisfactionRecordedEvent(ID, OWNER, 4, sealed("", "客户确认下单意向"), FOLLOW_UP));
    }

    @Test
    void completesAnOverdueFollowUpLate() {
        FollowUpScheduledEvent past = new FollowUpScheduledEvent(ID, FOLLOW_UP, OWNER, NOW.minusSeconds(60), "x");
        fixture.given(REGISTERED, past, new FollowUpOverdueEvent(ID, FOLLOW_UP, OWNER, NOW.minusSeconds(60)))
                .when(new CompleteFollowUpCommand(ID, FOLLOW_UP, "补访", null))
                .expectEvents(new FollowUpCompletedEvent(ID, FOLLOW_UP, OWNER, sealed("", "补访"), null, NOW, false));
    }

    @Test
    void rejectsCompletingAnUnknownOrCompletedFollowUpOrAScoreOutsideOneToFive() {
        fixture.given(REGISTERED).when(new CompleteFollowUpCommand(ID, FOLLOW_UP, "x", null))
                .expectNoEvents().expectException(NotFoundException.class);
        fixture.given(REGISTERED, SCHEDULED,
                        new FollowUpCompletedEvent(ID, FOLLOW_UP, OWNER, "x", null, NOW, true))
                .when(new CompleteFollowUpCommand(ID, FOLLOW_UP, "x", null))
                .expectNoEvents().expectException(RuleViolationException.class);
        expectRejected(List.of(REGISTERED, SCHEDULED), new CompleteFollowUpCommand(ID, FOLLOW_UP, "x", 6),
                "satisfactionScore");
        expectRejected(List.of(REGISTERED, SCHEDULED), new CompleteFollowUpCommand(ID, FOLLOW_UP, "", 3), "outcome");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 5})
    void recordsSatisfactionFromOneToFive(int score) {
        fixture.given(REGISTERED).when(new RecordSatisfactionCommand(ID, score, "服务及时"))
                .expectEvents(new SatisfactionRecordedEvent(ID, OWNER, score, sealed("", "服务及时"), null));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 6, -1})
    void rejectsSatisfactionOutsideOneToFive(int score) {
        expectRejected(List.of(REGISTERED), new RecordSatisfactionCommand(ID, score, null), "score");
    }

    @Test
    void opensAndResolvesAComplaintKeepingItsResolutionTime() {
        Instant openedAt = NOW.minus(Duration.ofHours(26));
        ComplaintOpenedEvent opened = new ComplaintOpenedEvent(ID, COMPLAINT, OWNER, "到货延迟", null, openedAt);
        fixture.given(REGISTERED).when(new OpenComplaintCommand(ID, COMPLAINT, "到货延迟", " "))
                .expectEvents(new ComplaintOpenedEvent(ID, COMPLAINT, OWNER, "到货延迟", null, NOW));
        fixture.given(REGISTERED).when(new OpenComplaintCommand(ID, COMPLAINT, "到货延迟", "晚到三天"))
                .expectEvents(new ComplaintOpenedEvent(ID, COMPLAINT, OWNER, "到货延迟", sealed("", "晚到三天"), NOW));
        expectRejected(List.of(REGISTERED), new OpenComplaintCommand(ID, COMPLAINT, "", null), "subject");
        fixture.given(REGISTERED, opened).when(new ResolveComplaintCommand(ID, COMPLAINT, "补发"))
                .expectEvents(new ComplaintResolvedEvent(ID, COMPLAINT, OWNER, sealed("", "补发"), openedAt, NOW,
                        26 * 3600));
        expectRejected(List.of(REGISTERED, opened), new ResolveComplaintCommand(ID, COMPLAINT, " "), "resolution");
        fixture.given(REGISTERED).when(new ResolveComplaintCommand(ID, COMPLAINT, "补发"))
                .expectNoEvents().expectException(NotFoundException.class);
        fixture.given(REGISTERED, opened,
                        new ComplaintResolvedEvent(ID, COMPLAINT, OWNER, "补发", openedAt, NOW, 26 * 3600))
                .when(new ResolveComplaintCommand(ID, COMPLAINT, "again"))
                .expectNoEvents().expectException(RuleViolationException.class);
    }

    @Test
    void erasureDestroysTheKeyOnceAndIsIdempotent() {
        fixture.given(REGISTERED).when(new ErasePersonalDataCommand(ID))
                .expectEvents(new PersonalDataErasedEvent(ID, NOW));
        verify(keys).destroy(ID);
        fixture.given(REGISTERED, new PersonalDataErasedEvent(ID, NOW)).when(new ErasePersonalDataCommand(ID))
                .expectSuccessfulHandlerExecution().expectNoEvents();
    }

    @Test
    void personalDataStoredAfterAnErasureIsErasedAgain() {
        PersonalDataErasedEvent erased = new PersonalDataErasedEvent(ID, NOW);
        fixture.given(REGISTERED, erased, new ContactAddedEvent(ID, SEALED)).when(new ErasePersonalDataCommand(ID))
                .expectEvents(new PersonalDataErasedEvent(ID, NOW));
        fixture.given(REGISTERED, erased, new CommunicationLoggedEvent(ID, "c1", OWNER, CommunicationType.CALL, NOW,
                        "x", null, null))
                .when(new ErasePersonalDataCommand(ID)).expectEvents(new PersonalDataErasedEvent(ID, NOW));
    }

    private void expectRejected(List<Object> given, Object command, String field) {
        fixture.given(given).when(command).expectNoEvents().expectException(rejectedOn(field));
    }
}
