package com.salesplatform.training.meeting.command;

import static com.salesplatform.platformtest.Rejections.rejectedOn;

import com.salesplatform.platform.rejection.NotFoundException;
import com.salesplatform.platform.rejection.RuleViolationException;
import com.salesplatform.training.meeting.api.ActionItem;
import com.salesplatform.training.meeting.api.ActionItemAssignedEvent;
import com.salesplatform.training.meeting.api.ActionItemCompletedEvent;
import com.salesplatform.training.meeting.api.ActionItemOverdueEvent;
import com.salesplatform.training.meeting.api.CompleteActionItemCommand;
import com.salesplatform.training.meeting.api.Department;
import com.salesplatform.training.meeting.api.MeetingKind;
import com.salesplatform.training.meeting.api.MeetingScheduledEvent;
import com.salesplatform.training.meeting.api.MinutesRecordedEvent;
import com.salesplatform.training.meeting.api.RecordMinutesCommand;
import com.salesplatform.training.meeting.api.ScheduleMeetingCommand;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MeetingTest {

    private static final String MEETING = "2c4e6a80-1b3d-4f5a-8c7e-9d0f1a2b3c4d";
    private static final String ITEM = "3d5f7b91-2c4e-4a6b-9d8f-0e1a2b3c4d5e";
    private static final String OTHER_ITEM = "3d5f7b91-2c4e-4a6b-9d8f-0e1a2b3c4d5f";
    private static final String MANAGER = "5a1e5000-0000-4000-8000-0000000000b1";
    private static final String OWNER = "5a1e5000-0000-4000-8000-0000000000c1";
    private static final Instant AT = Instant.parse("2027-03-18T06:00:00Z");
    private static final MeetingScheduledEvent SCHEDULED = new MeetingScheduledEvent(MEETING, MANAGER,
            MeetingKind.CROSS_DEPARTMENT, AT, "交付延期协调", List.of(Department.LOGISTICS, Department.FINANCE),
            List.of(OWNER));
    private static final MinutesRecordedEvent MINUTES = new MinutesRecordedEvent(MEETING, "物流确认发货日期");

    private AggregateTestFixture<Meeting> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Meeting.class);
    }

    @Test
    void schedulesACrossDepartmentMeeting() {
        fixture.givenNoPriorActivity()
                .when(new ScheduleMeetingCommand(MEETING, MANAGER, MeetingKind.CROSS_DEPARTMENT, AT, " 交付延期协调 ",
                        List.of(Department.LOGISTICS, Department.FINANCE, Department.LOGISTICS), List.of(OWNER, OWNER)))
                .expectEvents(SCHEDULED);
    }

    @Test
    void departmentsBelongOnlyToCrossDepartmentMeetings() {
        expectRejected(new ScheduleMeetingCommand(MEETING, MANAGER, MeetingKind.CROSS_DEPARTMENT, AT, "协调",
                List.of(), null), "departments");
        expectRejected(new ScheduleMeetingCommand(MEETING, MANAGER, MeetingKind.TEAM, AT, "周会",
                List.of(Department.MARKETING), null), "departments");
        fixture.givenNoPriorActivity()
                .when(new ScheduleMeetingCommand(MEETING, MANAGER, MeetingKind.TEAM, AT, "周会", null, null))
                .expectEvents(new MeetingScheduledEvent(MEETING, MANAGER, MeetingKind.TEAM, AT, "周会", List.of(),
                        List.of()));
    }

    @Test
    void rejectsAMissingKindTimeOrAgenda() {
        expectRejected(new ScheduleMeetingCommand(MEETING, MANAGER, null, AT, "周会", null, null), "kind");
        expectRejected(new ScheduleMeetingCommand(MEETING, MANAGER, MeetingKind.TEAM, null, "周会", null, null),
                "scheduledAt");
        expectRejected(new ScheduleMeetingCommand(MEETING, MANAGER, MeetingKind.TEAM, AT, " ", null, null), "agenda");
    }

    @Test
    void minutesAssignActionItemsAndScheduleTheirDeadlines() {
        Instant due = AT.plus(Duration.ofDays(2));
        fixture.given(SCHEDULED)
                .when(new RecordMinutesCommand(MEETING, "物流确认发货日期",
                        List.of(new ActionItem(ITEM, "通知客户新的交付日期", OWNER, due))))
                .expectEvents(MINUTES, new ActionItemAssignedEvent(MEETING, ITEM, "通知客户新的交付日期", OWNER, due))
                .expectScheduledDeadlineWithName(due, Meeting.OVERDUE_DEADLINE);
    }

    @Test
    void minutesAreRecordedOnceAndNeedText() {
        fixture.given(SCHEDULED, MINUTES)
                .when(new RecordMinutesCommand(MEETING, "再次记录", List.of()))
                .expectNoEvents().expectException(RuleViolationException.class);
        fixture.given(SCHEDULED)
                .when(new RecordMinutesCommand(MEETING, "", List.of()))
                .expectNoEvents().expectException(rejectedOn("minutes"));
        fixture.given(SCHEDULED)
                .when(new RecordMinutesCommand(MEETING, "纪要", List.of(new ActionItem(ITEM, "x", null, AT))))
                .expectNoEvents().expectException(rejectedOn("actionItems.ownerId"));
        fixture.given(SCHEDULED)
                .when(new RecordMinutesCommand(MEETING, "纪要", List.of(new ActionItem(ITEM, "x", OWNER, null))))
                .expectNoEvents().expectException(rejectedOn("actionItems.dueAt"));
    }

    @Test
    void anOpenActionItemBecomesOverdueWhenItsDeadlinePasses() {
        Instant due = fixture.currentTime().plus(Duration.ofHours(4));
        fixture.given(SCHEDULED)
                .andGivenCommands(new RecordMinutesCommand(MEETING, "纪要",
                        List.of(new ActionItem(ITEM, "通知客户", OWNER, due))))
                .whenThenTimeElapses(Duration.ofHours(5))
                .expectDeadlinesMet(ITEM)
                .expectEvents(new ActionItemOverdueEvent(MEETING, ITEM, OWNER, due));
    }

    @Test
    void aCompletedActionItemsDeadlinePassesSilently() {
        Instant due = fixture.currentTime().plus(Duration.ofHours(4));
        fixture.given(SCHEDULED)
                .andGivenCommands(new RecordMinutesCommand(MEETING, "纪要",
                                List.of(new ActionItem(ITEM, "通知客户", OWNER, due))),
                        new CompleteActionItemCommand(MEETING, ITEM, OWNER))
                .whenThenTimeElapses(Duration.ofHours(5))
                .expectNoEvents();
    }

    @Test
    void completesAnActionItemOnTimeOrLate() {
        ActionItemAssignedEvent assigned = new ActionItemAssignedEvent(MEETING, ITEM, "通知客户", OWNER, AT);
        fixture.given(SCHEDULED, MINUTES, assigned)
                .when(new CompleteActionItemCommand(MEETING, ITEM, OWNER))
                .expectEvents(new ActionItemCompletedEvent(MEETING, ITEM, OWNER, OWNER, false));
        fixture.given(SCHEDULED, MINUTES, assigned, new ActionItemOverdueEvent(MEETING, ITEM, OWNER, AT))
                .when(new CompleteActionItemCommand(MEETING, ITEM, MANAGER))
                .expectEvents(new ActionItemCompletedEvent(MEETING, ITEM, OWNER, MANAGER, true));
    }

    @Test
    void completingTwiceOrAnUnknownItemIsRejected() {
        ActionItemAssignedEvent assigned = new ActionItemAssignedEvent(MEETING, ITEM, "通知客户", OWNER, AT);
        fixture.given(SCHEDULED, MINUTES, assigned, new ActionItemCompletedEvent(MEETING, ITEM, OWNER, OWNER, false))
                .when(new CompleteActionItemCommand(MEETING, ITEM, OWNER))
                .expectNoEvents().expectException(RuleViolationException.class);
        fixture.given(SCHEDULED, MINUTES, assigned)
                .when(new CompleteActionItemCommand(MEETING, OTHER_ITEM, OWNER))
                .expectNoEvents().expectException(NotFoundException.class);
    }

    private void expectRejected(ScheduleMeetingCommand command, String field) {
        fixture.givenNoPriorActivity().when(command).expectNoEvents().expectException(rejectedOn(field));
    }
}
