package com.salesplatform.training.meeting.api;

public record FindMeetingQuery(String meetingId) {
}
