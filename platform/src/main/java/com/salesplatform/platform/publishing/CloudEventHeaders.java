package com.salesplatform.platform.publishing;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import org.apache.kafka.common.header.Headers;

/**
 * The CloudEvents Kafka protocol binding in binary content mode (ADR 0018): the event's attributes as
 * {@code ce_*} headers, mapped from the envelope, while the record value stays the envelope as it was, so a
 * consumer of the envelope reads every record unchanged and a CloudEvents SDK reads the same record as a CloudEvent
 * whose data is that envelope (JSON, {@code content-type: application/json}).
 */
public final class CloudEventHeaders {

    public static final String SPEC_VERSION = "1.0";
    /** Reverse DNS of the platform's contract domain (sales-platform.dev): {@code type} is prefixed with it. */
    public static final String TYPE_PREFIX = "dev.sales-platform.";
    public static final String SOURCE_PREFIX = "/sales-platform/";
    public static final String SCHEMA_BASE = "https://sales-platform.dev/contracts/events/";

    private CloudEventHeaders() {
    }

    /** Adds the CloudEvents attributes of {@code envelope}, published on {@code context}'s topic. */
    public static void addTo(Headers headers, EventEnvelope envelope, String context) {
        put(headers, "ce_specversion", SPEC_VERSION);
        put(headers, "ce_id", envelope.eventId());
        put(headers, "ce_source", SOURCE_PREFIX + envelope.source());
        put(headers, "ce_type", type(context, envelope.type(), envelope.version()));
        put(headers, "ce_time", DateTimeFormatter.ISO_INSTANT.format(envelope.occurredAt()));
        put(headers, "ce_subject", envelope.aggregateId());
        put(headers, "ce_dataschema", dataSchema(context, envelope.type(), envelope.version()));
        put(headers, "content-type", "application/json");
        if (envelope.correlationId() != null) {
            put(headers, "ce_correlationid", envelope.correlationId());
        }
        if (envelope.causationId() != null) {
            put(headers, "ce_causationid", envelope.causationId());
        }
    }

    /** {@code dev.sales-platform.orders.OrderConfirmed.v1}: the contract type with its context and version. */
    public static String type(String context, String type, int version) {
        return TYPE_PREFIX + context + "." + type + ".v" + version;
    }

    /** The {@code $id} of the contract's data schema in {@code contracts/events/<context>/}. */
    public static String dataSchema(String context, String type, int version) {
        return SCHEMA_BASE + context + "/" + type + ".v" + version + ".schema.json";
    }

    private static void put(Headers headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
