package com.salesplatform.customers.customer.query;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/** One event of a customer's history: what happened, when, by whom, with its data (personal data as readable now). */
public record CustomerHistoryEntry(long sequence, String type, Instant occurredAt, String actorId, JsonNode data) {
}
