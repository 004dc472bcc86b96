package com.salesplatform.training.meeting.api;

/** What an experience-sharing meeting gives the knowledge base: its agenda and its recorded minutes. */
public record SharedMinutes(String meetingId, String agenda, String minutes) {
}
