package com.salesplatform.platform.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class InboundSubscriptionTest {

    record RepHired(String repId) {
    }

    @Test
    void findsTheHandlerOfATypeAndVersion() {
        var subscription = InboundSubscription.named("roster-replica")
                .topic("sales.performance.events")
                .on("RepHired", 1, RepHired.class, (rep, envelope) -> { })
                .build();

        assertThat(subscription.handlerFor("RepHired", 1)).isPresent();
        assertThat(subscription.handlerFor("RepHired", 2)).isEmpty();
        assertThat(subscription.handlerFor("TeamCreated", 1)).isEmpty();
        assertThat(subscription.topics()).containsExactly("sales.performance.events");
    }

    @Test
    void rejectsAnIncompleteOrAmbiguousSubscription() {
        assertThatThrownBy(() -> InboundSubscription.named("Roster Replica"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> InboundSubscription.named("roster").topic("t").build())
                .isInstanceOf(IllegalStateException.class);
        var builder = InboundSubscription.named("roster").topic("t").on("RepHired", 1, RepHired.class, (r, e) -> { });
        assertThatThrownBy(() -> builder.on("RepHired", 1, RepHired.class, (r, e) -> { }))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void deadLettersGoToATopicPerConsumerGroup() {
        assertThat(InboundSubscriptions.deadLetterTopic("sales.targets.events", "reporting-service.target-attainment"))
                .isEqualTo("sales.targets.events.reporting-service.target-attainment.dlt");
    }
}
