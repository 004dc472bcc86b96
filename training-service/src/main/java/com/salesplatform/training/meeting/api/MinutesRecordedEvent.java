package com.salesplatform.training.meeting.api;

import org.axonframework.serialization.Revision;

/** Published as MinutesRecorded v1. */
@Revision("1")
public record MinutesRecordedEvent(String meetingId, String minutes) {
}
