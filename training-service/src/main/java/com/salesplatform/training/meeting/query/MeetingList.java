package com.salesplatform.training.meeting.query;

import java.util.List;

/** One page of meetings and how many match in all. */
public record MeetingList(List<MeetingView> items, long totalItems) {
}
