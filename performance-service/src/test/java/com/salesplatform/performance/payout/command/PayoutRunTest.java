package com.salesplatform.performance.payout.command;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

import com.salesplatform.performance.period.Period;
import com.salesplatform.performance.payout.api.PayoutCalculatedEvent;
import com.salesplatform.performance.payout.api.PayoutLine;
import com.salesplatform.performance.payout.api.PayoutRunStartedEvent;
import com.salesplatform.performance.payout.api.PayoutRunOutcome;
import com.salesplatform.performance.payout.api.RunPayoutsCommand;
import com.salesplatform.platform.rejection.FieldRejectedException;
import com.salesplatform.platform.rejection.RuleViolationException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PayoutRunTest {

    private static final String RUN = "0c8a4f2e-3b1d-3e5f-8a9b-1c2d3e4f5a6b";
    private static final Instant NOW = Instant.parse("2027-04-05T09:00:00Z");
    private static final PayoutCalculatedEvent PAYOUT = new PayoutCalculatedEvent(RUN, "2027-03",
            "5a1e5000-0000-4000-8000-0000000000c1", "5a1e5000-0000-4000-8000-000000000001", "plan", NOW,
            new BigDecimal("80000.00"), new BigDecimal("100000.00"), new BigDecimal("80.00"),
            List.of(new PayoutLine(PayoutLine.COMMISSION, "2027-03", "2 % × 80000.00 = 1600.00",
                    new BigDecimal("1600.00"))), new BigDecimal("1600.00"));

    private FixtureConfiguration<PayoutRun> fixture;
    private PayoutCalculator calculator;

    @BeforeEach
    void setUp() {
        calculator = mock(PayoutCalculator.class);
        given(calculator.calculate(eq(RUN), any(Period.class), eq(NOW))).willReturn(List.of(PAYOUT));
        fixture = new AggregateTestFixture<>(PayoutRun.class);
        fixture.registerInjectableResource(calculator);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void aRunRecordsItsCutoffAndEveryPayout() {
        fixture.givenNoPriorActivity()
                .when(new RunPayoutsCommand(RUN, "2027-03"))
                .expectEvents(new PayoutRunStartedEvent(RUN, "2027-03", NOW), PAYOUT)
                .expectResultMessagePayload(PayoutRunOutcome.FIRST_RUN);
    }

    @Test
    void aRerunRecomputesFromTheSameCutoffAndChangesNothing() {
        fixture.given(new PayoutRunStartedEvent(RUN, "2027-03", NOW), PAYOUT)
                .when(new RunPayoutsCommand(RUN, "2027-03"))
                .expectNoEvents()
                .expectResultMessagePayload(PayoutRunOutcome.RERUN_IDENTICAL);
        given(calculator.calculate(eq(RUN), any(Period.class), eq(NOW))).willReturn(List.of());
        fixture.given(new PayoutRunStartedEvent(RUN, "2027-03", NOW), PAYOUT)
                .when(new RunPayoutsCommand(RUN, "2027-03"))
                .expectNoEvents()
                .expectResultMessagePayload(PayoutRunOutcome.RERUN_DIFFERENT);
    }

    @Test
    void onlyAPeriodThatIsOverIsRunAndOnlyUnderAPlan() {
        fixture.givenNoPriorActivity()
                .when(new RunPayoutsCommand(RUN, "2027-04"))
                .expectNoEvents().expectException(FieldRejectedException.class);
        fixture.givenNoPriorActivity()
                .when(new RunPayoutsCommand(RUN, "2027"))
                .expectNoEvents().expectException(FieldRejectedException.class);
        given(calculator.calculate(eq(RUN), any(Period.class), eq(NOW)))
                .willThrow(new RuleViolationException("No incentive plan covers 2027-03"));
        fixture.givenNoPriorActivity()
                .when(new RunPayoutsCommand(RUN, "2027-03"))
                .expectNoEvents().expectException(RuleViolationException.class);
    }
}
