package com.salesplatform.training.meeting.query;

import com.salesplatform.training.meeting.api.Department;
import com.salesplatform.training.meeting.api.MeetingKind;
import java.time.Instant;
import java.util.List;

/** A meeting as the API shows it, with its action items. */
public record MeetingView(String id, MeetingKind kind, String organiserId, Instant scheduledAt, String agenda,
                          List<Department> departments, List<String> participantRepIds, String minutes,
                          List<ActionItemView> actionItems) {

    /** An action item: OPEN, OVERDUE or COMPLETED ({@code completedLate} when it was overdue first). */
    public record ActionItemView(String id, String description, String ownerId, Instant dueAt, String status,
                                 Instant completedAt, boolean completedLate) {
    }

    public boolean involves(String repId) {
        return repId.equals(organiserId) || participantRepIds.contains(repId)
                || actionItems.stream().anyMatch(item -> repId.equals(item.ownerId()));
    }
}
