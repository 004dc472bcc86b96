package com.salesplatform.platform.publishing;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * The published form of a domain event on {@code sales.<context>.events} (docs/domain.md, "Events other systems
 * consume"). {@code type} and {@code version} name the published contract in {@code contracts/}, never a Java
 * class; {@code data} is the payload that contract describes.
 */
public record EventEnvelope(
        String eventId,
        String type,
        int version,
        Instant occurredAt,
        String aggregateType,
        String aggregateId,
        long sequence,
        String source,
        String correlationId,
        String causationId,
        JsonNode data) {

    public static final String TYPE_HEADER = "type";
    public static final String VERSION_HEADER = "version";
    public static final String EVENT_ID_HEADER = "eventId";
}
