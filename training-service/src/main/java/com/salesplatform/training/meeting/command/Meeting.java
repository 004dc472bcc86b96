package com.salesplatform.training.meeting.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.salesplatform.platform.rejection.FieldRejectedException;
import com.salesplatform.platform.rejection.NotFoundException;
import com.salesplatform.platform.rejection.RuleViolationException;
import com.salesplatform.platform.value.Text;
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
import com.salesplatform.training.meeting.api.SharedMinutes;
import com.salesplatform.training.shared.Require;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A team, experience-sharing or cross-department meeting: its agenda, minutes and the action items it decided.
 * Each action item's due time is an Axon deadline, persisted by db-scheduler, so it fires after a restart too;
 * if the item is still open then, it is overdue. A completed item's deadline is left to fire and does nothing.
 */
@Aggregate
public class Meeting {

    static final String OVERDUE_DEADLINE = "action-item-overdue";
    static final int MAX_ACTION_ITEMS = 50;

    @AggregateIdentifier
    private String meetingId;
    private MeetingKind kind;
    private String agenda;
    private String minutes;
    private final Map<String, ActionItem> openItems = new HashMap<>();
    private final Set<String> overdue = new HashSet<>();
    private final Set<String> completed = new HashSet<>();

    protected Meeting() {
        // for Axon
    }

    @CommandHandler
    public Meeting(ScheduleMeetingCommand command) {
        MeetingKind kind = Require.present("kind", command.kind());
        Require.present("scheduledAt", command.scheduledAt());
        String agenda = Text.required("agenda", command.agenda(), 10_000);
        List<Department> departments = command.departments() == null ? List.of()
                : List.copyOf(new LinkedHashSet<>(command.departments()));
        if (kind == MeetingKind.CROSS_DEPARTMENT && departments.isEmpty()) {
            throw new FieldRejectedException("departments", "a cross-department meeting names at least one department");
        }
        if (kind != MeetingKind.CROSS_DEPARTMENT && !departments.isEmpty()) {
            throw new FieldRejectedException("departments", "only a cross-department meeting names departments");
        }
        List<String> participants = command.participantRepIds() == null ? List.of()
                : List.copyOf(new LinkedHashSet<>(command.participantRepIds()));
        apply(new MeetingScheduledEvent(command.meetingId(), command.organiserId(), kind, command.scheduledAt(), agenda,
                departments, participants));
    }

    @CommandHandler
    public void handle(RecordMinutesCommand command, DeadlineManager deadlines) {
        if (minutes != null) {
            throw new RuleViolationException("The minutes of meeting " + meetingId + " are already recorded");
        }
        String minutes = Text.required("minutes", command.minutes(), 50_000);
        List<ActionItem> items = command.actionItems() == null ? List.of() : command.actionItems();
        if (items.size() > MAX_ACTION_ITEMS) {
            throw new FieldRejectedException("actionItems", "must be at most " + MAX_ACTION_ITEMS);
        }
        List<ActionItem> checked = new ArrayList<>();
        for (ActionItem item : items) {
            checked.add(new ActionItem(item.actionItemId(),
                    Text.required("actionItems.description", item.description(), 1000),
                    Require.present("actionItems.ownerId", item.ownerId()),
                    Require.present("actionItems.dueAt", item.dueAt())));
        }
        apply(new MinutesRecordedEvent(meetingId, minutes));
        for (ActionItem item : checked) {
            apply(new ActionItemAssignedEvent(meetingId, item.actionItemId(), item.description(), item.ownerId(),
                    item.dueAt()));
            deadlines.schedule(item.dueAt(), OVERDUE_DEADLINE, item.actionItemId());
        }
    }

    @CommandHandler
    public void handle(CompleteActionItemCommand command) {
        String itemId = command.actionItemId();
        if (completed.contains(itemId)) {
            throw new RuleViolationException("Action item " + itemId + " is already completed");
        }
        ActionItem item = openItems.get(itemId);
        if (item == null) {
            throw new NotFoundException("Action item", itemId);
        }
        apply(new ActionItemCompletedEvent(meetingId, itemId, item.ownerId(), command.completedBy(),
                overdue.contains(itemId)));
    }

    @DeadlineHandler(deadlineName = OVERDUE_DEADLINE)
    void onDue(String actionItemId) {
        ActionItem item = openItems.get(actionItemId);
        if (item != null && !overdue.contains(actionItemId)) {
            apply(new ActionItemOverdueEvent(meetingId, actionItemId, item.ownerId(), item.dueAt()));
        }
    }

    /** What this meeting gives the knowledge base: only an experience-sharing meeting, once its minutes exist. */
    public SharedMinutes minutesToShare() {
        if (kind != MeetingKind.EXPERIENCE_SHARING) {
            throw new RuleViolationException("Only an experience-sharing meeting's minutes become an article");
        }
        if (minutes == null) {
            throw new RuleViolationException("Meeting " + meetingId + " has no minutes yet");
        }
        return new SharedMinutes(meetingId, agenda, minutes);
    }

    @EventSourcingHandler
    void on(MeetingScheduledEvent event) {
        meetingId = event.meetingId();
        kind = event.kind();
        agenda = event.agenda();
    }

    @EventSourcingHandler
    void on(MinutesRecordedEvent event) {
        minutes = event.minutes();
    }

    @EventSourcingHandler
    void on(ActionItemAssignedEvent event) {
        openItems.put(event.actionItemId(),
                new ActionItem(event.actionItemId(), event.description(), event.ownerId(), event.dueAt()));
    }

    @EventSourcingHandler
    void on(ActionItemOverdueEvent event) {
        overdue.add(event.actionItemId());
    }

    @EventSourcingHandler
    void on(ActionItemCompletedEvent event) {
        openItems.remove(event.actionItemId());
        completed.add(event.actionItemId());
    }
}
