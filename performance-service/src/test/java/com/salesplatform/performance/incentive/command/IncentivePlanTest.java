package com.salesplatform.performance.incentive.command;

import com.salesplatform.performance.incentive.api.CommissionTier;
import com.salesplatform.performance.incentive.api.DefineIncentivePlanCommand;
import com.salesplatform.performance.incentive.api.IncentivePlanDefinedEvent;
import com.salesplatform.platform.rejection.FieldRejectedException;
import java.math.BigDecimal;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.hamcrest.Description;
import org.hamcrest.TypeSafeMatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class IncentivePlanTest {

    private static final String PLAN = "7b2e9c10-4d3f-4a8b-9c1d-2e3f4a5b6c7d";
    private static final List<CommissionTier> TIERS = List.of(tier("0", "80", "2"), tier("80", "100", "4"),
            tier("100", null, "6"));

    private FixtureConfiguration<IncentivePlan> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(IncentivePlan.class);
    }

    @Test
    void definesAPlanWithItsTiersAndBonuses() {
        fixture.givenNoPriorActivity()
                .when(new DefineIncentivePlanCommand(PLAN, " 2027 年方案 ", "2027", TIERS, new BigDecimal("1000"),
                        null))
                .expectEvents(new IncentivePlanDefinedEvent(PLAN, "2027 年方案", "2027", TIERS,
                        new BigDecimal("1000.00"), new BigDecimal("0.00")));
    }

    @Test
    void tiersStartAtZeroFollowEachOtherAndOnlyTheLastIsOpen() {
        expectRejected(List.of(tier("10", null, "2")), "tiers[0].fromPercent");
        expectRejected(List.of(tier("0", "80", "2"), tier("90", null, "4")), "tiers[1].fromPercent");
        expectRejected(List.of(tier("0", "80", "2"), tier("80", "100", "4")), "tiers[1].toPercent");
        expectRejected(List.of(tier("0", null, "2"), tier("80", null, "4")), "tiers[0].toPercent");
        expectRejected(List.of(tier("0", null, "101")), "tiers[0].ratePercent");
        expectRejected(List.of(), "tiers");
    }

    @Test
    void rejectsABadPeriodNameOrBonus() {
        expect(new DefineIncentivePlanCommand(PLAN, "方案", "2027-W09", TIERS, null, null), "period");
        expect(new DefineIncentivePlanCommand(PLAN, " ", "2027", TIERS, null, null), "name");
        expect(new DefineIncentivePlanCommand(PLAN, "方案", "2027", TIERS, new BigDecimal("-1"), null), "targetBonus");
        expect(new DefineIncentivePlanCommand(PLAN, "方案", "2027", TIERS, null, new BigDecimal("0.001")), "teamBonus");
    }

    private void expectRejected(List<CommissionTier> tiers, String field) {
        expect(new DefineIncentivePlanCommand(PLAN, "方案", "2027", tiers, null, null), field);
    }

    private void expect(DefineIncentivePlanCommand command, String field) {
        fixture.givenNoPriorActivity().when(command).expectNoEvents().expectException(new TypeSafeMatcher<
                FieldRejectedException>() {
            @Override
            protected boolean matchesSafely(FieldRejectedException rejection) {
                return field.equals(rejection.field());
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a rejection of field ").appendValue(field);
            }
        });
    }

    private static CommissionTier tier(String from, String to, String rate) {
        return new CommissionTier(new BigDecimal(from), to == null ? null : new BigDecimal(to), new BigDecimal(rate));
    }
}
