package com.salesplatform.targets.target.query;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesplatform.targets.target.api.Allocation;
import com.salesplatform.targets.target.api.Granularity;
import com.salesplatform.targets.target.api.TargetActivatedEvent;
import com.salesplatform.targets.target.api.TargetAdjustedEvent;
import com.salesplatform.targets.target.api.TargetAllocatedEvent;
import com.salesplatform.targets.target.api.TargetDecomposedEvent;
import com.salesplatform.targets.target.api.TargetMetric;
import com.salesplatform.targets.target.api.TargetScope;
import com.salesplatform.targets.target.api.TargetSetEvent;
import com.salesplatform.targets.target.api.TargetStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.junit.jupiter.api.Test;

/** The fold behind the as-of view, and the balance rule of the target view. */
class TargetReplayTest {

    private static final String TARGET = "3f0c3c1e-7d5a-4c55-9a51-0c8f1f4b2a10";
    private static final String TEAM = "5a1e5000-0000-4000-8000-000000000001";
    private static final String REP = "5a1e5000-0000-4000-8000-0000000000c1";

    @Test
    void nothingBeforeTheTargetWasSet() {
        assertThat(TargetReplay.of(List.of())).isEmpty();
    }

    @Test
    void foldsEveryEventIntoTheView() {
        var replay = TargetReplay.of(messages(
                new TargetSetEvent(TARGET, TargetScope.TEAM, TEAM, "2027-Q1", TargetMetric.REVENUE,
                        new BigDecimal("900.00"), "CNY", "s", "a", "r", Instant.parse("2027-04-01T00:00:00Z"), null, null),
                new TargetDecomposedEvent(TARGET, Granularity.MONTH, null, List.of(
                        new TargetDecomposedEvent.Part("m1", "2027-01", new BigDecimal("300.00")),
                        new TargetDecomposedEvent.Part("m2", "2027-02", new BigDecimal("300.00")),
                        new TargetDecomposedEvent.Part("m3", "2027-03", new BigDecimal("300.00")))),
                new TargetAllocatedEvent(TARGET, List.of(new Allocation(TargetScope.REP, REP,
                        new BigDecimal("900.00")))),
                new TargetActivatedEvent(TARGET),
                new TargetAdjustedEvent(TARGET, new BigDecimal("900.00"), new BigDecimal("1000.00"), "r", null)))
                .orElseThrow();

        assertThat(replay.childIds()).as("the months, then the rep's allocated target")
                .containsExactly("m1", "m2", "m3", replay.allocations().get(0).targetIdUnder(TARGET));
        TargetView view = replay.definition().with(List.of(), replay.allocations(), null);
        assertThat(view.amount()).isEqualByComparingTo("1000.00");
        assertThat(view.status()).isEqualTo(TargetStatus.ACTIVE);
        assertThat(view.balanced()).as("the allocation still sums to 900.00").isFalse();
    }

    @Test
    void balancedWhenChildrenAndAllocationEachSumToTheAmountOrAreAbsent() {
        TargetView.Definition target = new TargetView.Definition(TARGET, TargetScope.TEAM, TEAM, "2027",
                TargetMetric.REVENUE, new BigDecimal("10.00"), "CNY", TargetStatus.DRAFT, null, "s", "a", "r",
                Instant.parse("2028-01-01T00:00:00Z"), null);
        var halves = List.of(child("5.00"), child("5.00"));
        var allocation = List.of(new Allocation(TargetScope.REP, REP, new BigDecimal("10.0")));

        assertThat(target.with(List.of(), List.of(), null).balanced()).isTrue();
        assertThat(target.with(halves, allocation, null).balanced()).isTrue();
        assertThat(target.with(List.of(child("5.00"), child("4.99")), allocation, null).balanced()).isFalse();
        assertThat(target.with(halves, List.of(new Allocation(TargetScope.REP, REP, new BigDecimal("9.99"))), null)
                .balanced()).isFalse();
    }

    private static TargetView.Child child(String amount) {
        return new TargetView.Child("c", TargetScope.TEAM, TEAM, "2027-Q1", new BigDecimal(amount));
    }

    private static List<DomainEventMessage<?>> messages(Object... events) {
        List<DomainEventMessage<?>> messages = new ArrayList<>();
        for (int i = 0; i < events.length; i++) {
            messages.add(new GenericDomainEventMessage<>("SalesTarget", TARGET, i, events[i]));
        }
        return messages;
    }
}
