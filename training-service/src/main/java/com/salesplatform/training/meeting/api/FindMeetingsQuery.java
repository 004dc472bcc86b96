package com.salesplatform.training.meeting.api;

import java.time.Instant;

/**
 * Meetings scheduled in [{@code from}, {@code to}) of a kind, soonest first; {@code involving} non-null keeps only
 * those the rep organises, attends or owns an action item of.
 */
public record FindMeetingsQuery(Instant from, Instant to, MeetingKind kind, String involving, int limit,
                                long offset) {
}
