package com.salesplatform.training.meeting.api;

import java.time.Instant;

/**
 * Meetings scheduled in [{@code from}, {@code to}) of a kind, soonest first; {@code involving} non-null keeps only
 * those the rep organises, attends or owns an action item of, and, with {@code organisedInTeam}, those organised by
 * that team's manager or one of its reps (the roster replica).
 */
public record FindMeetingsQuery(Instant from, Instant to, MeetingKind kind, String involving, String organisedInTeam,
                                int limit, long offset) {
}
