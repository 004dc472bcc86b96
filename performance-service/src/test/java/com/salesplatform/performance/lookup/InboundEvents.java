package com.salesplatform.performance.lookup;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.salesplatform.platformtest.Contracts;
import com.salesplatform.platformtest.TopicProbe;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * Publishes other services' events as they would: each payload is the producer's contract example with the fields a
 * test cares about changed, checked against the producer's schema, in the platform's envelope.
 */
public final class InboundEvents {

    private static final ObjectMapper JSON = new ObjectMapper();

    private InboundEvents() {
    }

    public static ObjectNode data() {
        return JSON.createObjectNode();
    }

    /** A TargetSet v1 for one rep, metric, period and amount. */
    public static String targetSet(String repId, String metric, String period, String amount) {
        String targetId = UUID.randomUUID().toString();
        ObjectNode data = Contracts.exampleData("targets", "TargetSet", 1)
                .put("targetId", targetId).put("scope", "REP").put("ownerId", repId).put("period", period)
                .put("metric", metric).put("amount", new BigDecimal(amount));
        publish("targets", "TargetSet", targetId, data, null);
        return targetId;
    }

    public static void orderConfirmed(String orderId, String repId, String total, String confirmedAt) {
        publish("orders", "OrderConfirmed", orderId, orderConfirmedData(orderId, repId, total), confirmedAt);
    }

    public static ObjectNode orderConfirmedData(String orderId, String repId, String total) {
        return Contracts.exampleData("orders", "OrderConfirmed", 1)
                .put("orderId", orderId).put("repId", repId).put("total", new BigDecimal(total));
    }

    public static void orderCancelled(String orderId, String cancelledAt) {
        publish("orders", "OrderCancelled", orderId, Contracts.exampleData("orders", "OrderCancelled", 1)
                .put("orderId", orderId), cancelledAt);
    }

    /** A customer-service event about the rep at {@code at} (its occurredAt, completedAt or dueAt). */
    public static void customerEvent(String type, String repId, String at, ObjectNode changes) {
        String customerId = UUID.randomUUID().toString();
        ObjectNode data = Contracts.exampleData("customers", type, 1).put("customerId", customerId)
                .put("ownerRepId", repId);
        for (String time : new String[] {"occurredAt", "completedAt", "dueAt"}) {
            if (data.has(time)) {
                data.put(time, at);
            }
        }
        data.setAll(changes);
        publish("customers", type, customerId, data, at);
    }

    public static String certificationGranted(String repId, String category, String grantedOn) {
        String certificationId = UUID.randomUUID().toString();
        return publish("training", "CertificationGranted", certificationId,
                Contracts.exampleData("training", "CertificationGranted", 1).put("certificationId", certificationId)
                        .put("repId", repId).put("category", category).put("grantedOn", grantedOn), null);
    }

    /** Publishes a contract-checked envelope, at {@code occurredAt} when given; answers the envelope. */
    public static String publish(String context, String type, String aggregateId, ObjectNode data, String occurredAt) {
        String envelope = Contracts.envelope(context, type, 1, UUID.randomUUID().toString(), aggregateId, data);
        if (occurredAt != null) {
            envelope = withOccurredAt(envelope, occurredAt);
        }
        TopicProbe.publish("sales." + context + ".events", aggregateId, envelope);
        return envelope;
    }

    /** Publishes an envelope whose payload breaks the producer's contract, as a faulty producer would. */
    public static void publishUnchecked(String context, String type, String aggregateId, ObjectNode data) {
        ObjectNode envelope = JSON.createObjectNode()
                .put("eventId", UUID.randomUUID().toString()).put("type", type).put("version", 1)
                .put("occurredAt", java.time.Instant.now().toString())
                .put("aggregateType", type).put("aggregateId", aggregateId).put("sequence", 0)
                .put("source", context + "-service");
        envelope.set("data", data);
        TopicProbe.publish("sales." + context + ".events", aggregateId, envelope.toString());
    }

    private static String withOccurredAt(String envelope, String occurredAt) {
        try {
            return ((ObjectNode) JSON.readTree(envelope)).put("occurredAt", occurredAt).toString();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
