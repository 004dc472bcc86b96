package com.salesplatform.performance.integration.inbound;

import com.salesplatform.performance.lookup.ActivityKind;
import com.salesplatform.platform.config.PlatformProperties;
import com.salesplatform.platform.inbox.InboundSubscription;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The facts appraisals and payouts are scored on, one subscription (consumer group, inbox entries) per source, so
 * each can be replayed on its own.
 */
@Configuration(proxyBeanMethods = false)
class FactSubscriptions {

    @Bean
    InboundSubscription targetFacts(FactRecorder facts) {
        return InboundSubscription.named("target-facts")
                .topic(PlatformProperties.topicOf("targets"))
                .on("TargetSet", 1, TargetSetV1.class, (target, envelope) -> facts.target(target))
                .build();
    }

    @Bean
    InboundSubscription bookingFacts(FactRecorder facts) {
        return InboundSubscription.named("booking-facts")
                .topic(PlatformProperties.topicOf("orders"))
                .on("OrderConfirmed", 1, OrderConfirmedV1.class,
                        (order, envelope) -> facts.orderConfirmed(order, order.confirmedAt(envelope.occurredAt())))
                .on("OrderCancelled", 1, OrderCancelledV1.class,
                        (order, envelope) -> facts.orderCancelled(order, envelope.occurredAt()))
                .build();
    }

    @Bean
    InboundSubscription customerActivityFacts(FactRecorder facts) {
        InboundSubscription.Builder subscription = InboundSubscription.named("customer-activity-facts")
                .topic(PlatformProperties.topicOf("customers"));
        // the v2 of these dropped personal data only (free texts, a person's name): one reading serves both versions
        on(subscription, "CommunicationLogged", 1, ActivityKind.COMMUNICATION, facts);
        on(subscription, "CommunicationLogged", 2, ActivityKind.COMMUNICATION, facts);
        on(subscription, "FollowUpCompleted", 1, ActivityKind.FOLLOW_UP_COMPLETED, facts);
        on(subscription, "FollowUpCompleted", 2, ActivityKind.FOLLOW_UP_COMPLETED, facts);
        on(subscription, "FollowUpOverdue", 1, ActivityKind.FOLLOW_UP_OVERDUE, facts);
        on(subscription, "SatisfactionRecorded", 1, ActivityKind.SATISFACTION, facts);
        on(subscription, "SatisfactionRecorded", 2, ActivityKind.SATISFACTION, facts);
        on(subscription, "LeadRegistered", 1, ActivityKind.NEW_LEAD, facts);
        on(subscription, "LeadRegistered", 2, ActivityKind.NEW_LEAD, facts);
        return subscription.on("ProspectingPlanSet", 1, ProspectingPlanSetV1.class,
                (plan, envelope) -> facts.prospectingPlan(envelope.eventId(), plan)).build();
    }

    @Bean
    InboundSubscription trainingFacts(FactRecorder facts) {
        return InboundSubscription.named("training-facts")
                .topic(PlatformProperties.topicOf("training"))
                .on("CourseCompleted", 1, CourseCompletedV1.class,
                        (course, envelope) -> facts.courseCompleted(envelope.eventId(), course))
                .on("CertificationGranted", 1, CertificationGrantedV1.class,
                        (granted, envelope) -> facts.certificationGranted(envelope.eventId(), granted))
                .build();
    }

    private static void on(InboundSubscription.Builder subscription, String type, int version, ActivityKind kind,
                           FactRecorder facts) {
        subscription.on(type, version, CustomerActivityV1.class,
                (activity, envelope) -> facts.customerActivity(kind, envelope.eventId(), activity,
                        envelope.occurredAt()));
    }
}
