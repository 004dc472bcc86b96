package com.salesplatform.performance.lookup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.salesplatform.performance.period.Period;
import com.salesplatform.platformtest.ServiceIntegrationTest;
import com.salesplatform.platformtest.TopicProbe;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Facts from the other services' topics land in the replicas once each, and read back per rep and period. */
@ServiceIntegrationTest
class FactsIT {

    private static final Period MARCH = Period.parse("2027-03");

    @Autowired
    private RepFacts facts;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private Clock clock;

    @Test
    void targetsAndBookingsGiveTheRepsRevenueFactsAndACancellationTakesItsOrderBack() {
        String rep = UUID.randomUUID().toString();
        InboundEvents.targetSet(rep, "REVENUE", "2027-03", "100000.00");
        InboundEvents.targetSet(rep, "VISITS", "2027-03", "40");
        String kept = UUID.randomUUID().toString();
        String cancelled = UUID.randomUUID().toString();
        InboundEvents.orderConfirmed(kept, rep, "60000.00", "2027-03-05T10:00:00Z");
        InboundEvents.orderConfirmed(cancelled, rep, "25000.50", "2027-03-20T10:00:00Z");
        InboundEvents.orderConfirmed(UUID.randomUUID().toString(), rep, "9999.00", "2027-04-01T00:00:00Z");

        await().atMost(Duration.ofSeconds(30)).until(() -> rows("fact_booking", rep) == 3);
        Instant beforeCancellation = clock.instant();
        KpiFacts known = await().atMost(Duration.ofSeconds(30))
                .until(() -> facts.kpiFacts(rep, MARCH, clock.instant()), f -> f.activityPlan() != null
                        && f.revenueTarget() != null);
        assertThat(known.revenueTarget()).isEqualByComparingTo("100000.00");
        assertThat(known.activityPlan()).isEqualByComparingTo("40");
        assertThat(known.bookedRevenue()).isEqualTo(new BigDecimal("85000.50"));

        InboundEvents.orderCancelled(cancelled, "2027-04-02T09:00:00Z");
        await().atMost(Duration.ofSeconds(30))
                .until(() -> facts.bookedRevenue(rep, MARCH, clock.instant()).compareTo(new BigDecimal("60000.00")) == 0);
        assertThat(facts.bookedRevenue(rep, MARCH, beforeCancellation)).isEqualTo(new BigDecimal("85000.50"));
        assertThat(facts.bookings(rep, MARCH, clock.instant())).extracting(Booking::orderId, b -> b.cancelledAt() != null)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(kept, false),
                        org.assertj.core.groups.Tuple.tuple(cancelled, true));
    }

    /**
     * An order ADMIN imported as history is published now but carries when it was confirmed in fact: it is booked
     * then, at 23:30 on the last day of March in Shanghai, not in the month it was imported.
     */
    @Test
    void anImportedBookingCountsWhenItWasConfirmedInFact() {
        String rep = UUID.randomUUID().toString();
        String imported = UUID.randomUUID().toString();
        InboundEvents.publish("orders", "OrderConfirmed", imported,
                InboundEvents.orderConfirmedData(imported, rep, "48000.00")
                        .put("confirmedAt", "2027-03-31T15:30:00Z")
                        .put("importedBy", UUID.randomUUID().toString()),
                "2027-05-06T02:00:00Z");

        await().atMost(Duration.ofSeconds(30)).until(() -> rows("fact_booking", rep) == 1);
        assertThat(facts.bookedRevenue(rep, MARCH, clock.instant())).isEqualTo(new BigDecimal("48000.00"));
        assertThat(facts.bookedRevenue(rep, Period.parse("2027-05"), clock.instant())).isEqualByComparingTo("0");
        assertThat(facts.bookings(rep, MARCH, clock.instant())).extracting(Booking::confirmedAt)
                .containsExactly(Instant.parse("2027-03-31T15:30:00Z"));
    }

    @Test
    void customerActivityCountsPerKindAndAFollowUpReportedOverdueIsNotOnTime() {
        String rep = UUID.randomUUID().toString();
        InboundEvents.customerEvent("CommunicationLogged", rep, "2027-03-02T08:00:00Z", InboundEvents.data());
        InboundEvents.customerEvent("CommunicationLogged", rep, "2027-03-03T08:00:00Z", InboundEvents.data());
        String onTime = UUID.randomUUID().toString();
        String late = UUID.randomUUID().toString();
        InboundEvents.customerEvent("FollowUpCompleted", rep, "2027-03-04T08:00:00Z",
                InboundEvents.data().put("followUpId", onTime).put("onTime", true));
        InboundEvents.customerEvent("FollowUpOverdue", rep, "2027-03-05T08:00:00Z",
                InboundEvents.data().put("followUpId", late));
        InboundEvents.customerEvent("FollowUpCompleted", rep, "2027-03-06T08:00:00Z",
                InboundEvents.data().put("followUpId", late).put("onTime", false));
        InboundEvents.customerEvent("SatisfactionRecorded", rep, "2027-03-07T08:00:00Z",
                InboundEvents.data().put("score", 5));
        InboundEvents.customerEvent("SatisfactionRecorded", rep, "2027-03-08T08:00:00Z",
                InboundEvents.data().put("score", 4));

        await().atMost(Duration.ofSeconds(30)).until(() -> rows("fact_customer_activity", rep) == 7);
        KpiFacts known = facts.kpiFacts(rep, MARCH, clock.instant());
        assertThat(known.communications()).isEqualTo(2);
        assertThat(known.followUpsOnTime()).isEqualTo(1);
        assertThat(known.followUpsOverdue()).isEqualTo(1);
        assertThat(known.satisfactionScores()).isEqualTo(2);
        assertThat(known.satisfactionAverage()).isEqualTo(new BigDecimal("4.50"));
        assertThat(known.revenueTarget()).isNull();
        assertThat(known.bookedRevenue()).isEqualTo(new BigDecimal("0.00"));
    }

    @Test
    void trainingFactsAreKeptAndADuplicateDeliveryCountsOnce() throws Exception {
        String rep = UUID.randomUUID().toString();
        String granted = InboundEvents.certificationGranted(rep, "NEGOTIATION", "2027-02-01");
        InboundEvents.publish("training", "CourseCompleted", rep, com.salesplatform.platformtest.Contracts
                .exampleData("training", "CourseCompleted", 1).put("repId", rep), null);
        TopicProbe.publish("sales.training.events", rep, granted);
        String eventId = new com.fasterxml.jackson.databind.ObjectMapper().readTree(granted).path("eventId").asText();

        await().atMost(Duration.ofSeconds(30)).until(() -> rows("fact_training", rep) == 2);
        Long inboxed = jdbc.queryForObject("SELECT count(*) FROM inbox_message WHERE event_id = ?", Long.class,
                eventId);
        assertThat(inboxed).isEqualTo(1);
    }

    @Test
    void aBookingWithoutItsRepGoesToTheDeadLetterTopicAndRecordsNothing() {
        String orderId = UUID.randomUUID().toString();
        try (TopicProbe deadLetters = TopicProbe.on("sales.orders.events.performance-service.booking-facts.dlt")) {
            InboundEvents.publishUnchecked("orders", "OrderConfirmed", orderId,
                    InboundEvents.data().put("orderId", orderId).put("total", 100));
            deadLetters.awaitEnvelope(orderId, "OrderConfirmed");
        }
        assertThat(jdbc.queryForObject("SELECT count(*) FROM fact_booking WHERE order_id = ?", Long.class, orderId))
                .isZero();
    }

    private long rows(String table, String repId) {
        Long count = jdbc.queryForObject("SELECT count(*) FROM " + table + " WHERE rep_id = ?", Long.class, repId);
        return count == null ? 0 : count;
    }
}
