package com.salesplatform.performance.integration.inbound;

import com.salesplatform.performance.lookup.ActivityKind;
import com.salesplatform.platform.inbox.MalformedEventException;
import com.salesplatform.platform.time.BusinessCalendar;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes the facts other services publish into this service's replicas (read by {@code facts}), inside the inbox
 * transaction. A payload
 * without the fields a fact needs is malformed: it goes to the dead-letter topic rather than being half-recorded.
 */
@Component
public class FactRecorder {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    FactRecorder(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void target(TargetSetV1 target) {
        require(target.targetId() != null && target.period() != null && target.metric() != null
                && target.amount() != null, "TargetSet", target);
        jdbc.update("""
                        INSERT INTO fact_target (target_id, scope, owner_id, period, metric, amount, recorded_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (target_id) DO NOTHING""",
                target.targetId(), target.scope(), target.ownerId(), target.period(), target.metric(),
                target.amount(), now());
    }

    public void orderConfirmed(OrderConfirmedV1 order, Instant confirmedAt) {
        require(order.orderId() != null && order.repId() != null && order.total() != null && confirmedAt != null,
                "OrderConfirmed", order);
        jdbc.update("""
                        INSERT INTO fact_booking (order_id, rep_id, customer_id, total, confirmed_at, recorded_at)
                        VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (order_id) DO NOTHING""",
                order.orderId(), order.repId(), order.customerId(), order.total(),
                Timestamp.from(confirmedAt), now());
    }

    /** A cancellation of an order never confirmed was never booked: nothing to take back. */
    public void orderCancelled(OrderCancelledV1 order, Instant cancelledAt) {
        require(order.orderId() != null && cancelledAt != null, "OrderCancelled", order);
        jdbc.update("""
                        UPDATE fact_booking SET cancelled_at = ?, cancel_recorded_at = ?
                        WHERE order_id = ? AND cancelled_at IS NULL""",
                Timestamp.from(cancelledAt), now(), order.orderId());
    }

    public void customerActivity(ActivityKind kind, String eventId, CustomerActivityV1 activity, Instant published) {
        Instant at = activity.at(published);
        require(activity.ownerRepId() != null && at != null
                && (kind != ActivityKind.SATISFACTION || validScore(activity.score())), kind.name(), activity);
        jdbc.update("""
                        INSERT INTO fact_customer_activity
                            (event_id, kind, rep_id, customer_id, follow_up_id, occurred_at, score, on_time, recorded_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (event_id) DO NOTHING""",
                eventId, kind.name(), activity.ownerRepId(), activity.customerId(), activity.followUpId(),
                Timestamp.from(at), kind == ActivityKind.SATISFACTION ? activity.score() : null, activity.onTime(),
                now());
    }

    /** A rep's prospecting plan of a month; a later one for the same month replaces it from when it is recorded. */
    public void prospectingPlan(String eventId, ProspectingPlanSetV1 plan) {
        require(plan.repId() != null && plan.month() != null, "ProspectingPlanSet", plan);
        jdbc.update("""
                        INSERT INTO fact_prospecting_plan (event_id, rep_id, month, minimum_new_leads, recorded_at)
                        VALUES (?, ?, ?, ?, ?) ON CONFLICT (event_id) DO NOTHING""",
                eventId, plan.repId(), plan.month(), plan.minimumNewLeads(), now());
    }

    /** A course passed; one not passed is not a completion worth keeping. */
    public void courseCompleted(String eventId, CourseCompletedV1 course) {
        require(course.repId() != null && course.courseId() != null && course.completedOn() != null,
                "CourseCompleted", course);
        if (course.passed()) {
            training(eventId, "COURSE", course.repId(), course.courseId(), startOf(course.completedOn()), null);
        }
    }

    /** A certification, named by its course category (what promotion requirements name). */
    public void certificationGranted(String eventId, CertificationGrantedV1 granted) {
        require(granted.repId() != null && granted.category() != null && granted.grantedOn() != null,
                "CertificationGranted", granted);
        training(eventId, "CERTIFICATION", granted.repId(), granted.category(), startOf(granted.grantedOn()),
                granted.expiresOn() == null ? null : java.sql.Date.valueOf(granted.expiresOn()));
    }

    private Instant startOf(java.time.LocalDate day) {
        return BusinessCalendar.of(clock).startOf(day);
    }

    private void training(String eventId, String kind, String repId, String name, Instant at, java.sql.Date expires) {
        jdbc.update("""
                        INSERT INTO fact_training (event_id, kind, rep_id, name, achieved_at, expires_on, recorded_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (event_id) DO NOTHING""",
                eventId, kind, repId, name, Timestamp.from(at), expires, now());
    }

    private static boolean validScore(Integer score) {
        return score != null && score >= 1 && score <= 5;
    }

    private static void require(boolean complete, String type, Object payload) {
        if (!complete) {
            throw new MalformedEventException(type + " lacks a field this service needs: " + payload, null);
        }
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }
}
