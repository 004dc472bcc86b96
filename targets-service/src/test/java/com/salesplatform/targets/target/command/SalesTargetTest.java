package com.salesplatform.targets.target.command;

import com.salesplatform.platform.web.FieldRejectedException;
import com.salesplatform.targets.target.api.SetTargetCommand;
import com.salesplatform.targets.target.api.TargetMetric;
import com.salesplatform.targets.target.api.TargetScope;
import com.salesplatform.targets.target.api.TargetSetEvent;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SalesTargetTest {

    private static final String TEAM = "5a1e5000-0000-4000-8000-000000000001";
    private static final Instant NOW = Instant.parse("2027-02-10T08:00:00Z");

    private FixtureConfiguration<SalesTarget> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(SalesTarget.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void setsATargetWithItsSmartFieldsAndThePeriodEndAsTimeBound() {
        fixture.givenNoPriorActivity()
                .when(command("t-1", TargetScope.TEAM, TEAM, "2027-Q1", TargetMetric.REVENUE, "300000", null))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new TargetSetEvent("t-1", TargetScope.TEAM, TEAM, "2027-Q1", TargetMetric.REVENUE,
                        new BigDecimal("300000.00"), "CNY", "华东区新签合同额", "去年 250 万，增长 20%", "华东扩张战略",
                        Instant.parse("2027-04-01T00:00:00Z"), null));
    }

    @Test
    void aCompanyTargetHasNoOwnerAndKeepsItsCurrency() {
        fixture.givenNoPriorActivity()
                .when(command("t-3", TargetScope.COMPANY, null, "2027", TargetMetric.REVENUE, "12000000.5", "USD"))
                .expectEvents(new TargetSetEvent("t-3", TargetScope.COMPANY, null, "2027", TargetMetric.REVENUE,
                        new BigDecimal("12000000.50"), "USD", "华东区新签合同额", "去年 250 万，增长 20%", "华东扩张战略",
                        Instant.parse("2028-01-01T00:00:00Z"), null));
    }

    @Test
    void countsAreWholeNumbers() {
        fixture.givenNoPriorActivity()
                .when(command("t-4", TargetScope.TEAM, TEAM, "2027-03", TargetMetric.VISITS, "120.0", null))
                .expectEvents(new TargetSetEvent("t-4", TargetScope.TEAM, TEAM, "2027-03", TargetMetric.VISITS,
                        new BigDecimal("120"), "CNY", "华东区新签合同额", "去年 250 万，增长 20%", "华东扩张战略",
                        Instant.parse("2027-04-01T00:00:00Z"), null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"specific", "achievable", "relevant"})
    void rejectsABlankSmartField(String field) {
        var blank = new SetTargetCommand("t-5", TargetScope.TEAM, TEAM, "2027", TargetMetric.REVENUE,
                new BigDecimal("1000"), null,
                field.equals("specific") ? " " : "s", field.equals("achievable") ? "" : "a",
                field.equals("relevant") ? null : "r");
        expectRejected(blank, field);
    }

    @Test
    void rejectsAnAmountThatIsNotPositive() {
        expectRejected(command("t-6", TargetScope.TEAM, TEAM, "2027", TargetMetric.REVENUE, "0", null), "amount");
        expectRejected(command("t-7", TargetScope.TEAM, TEAM, "2027", TargetMetric.REVENUE, "-5", null), "amount");
    }

    @Test
    void rejectsFractionsOfCentsAndOfCounts() {
        expectRejected(command("t-8", TargetScope.TEAM, TEAM, "2027", TargetMetric.REVENUE, "10.001", null), "amount");
        expectRejected(command("t-9", TargetScope.TEAM, TEAM, "2027", TargetMetric.ORDER_COUNT, "10.5", null), "amount");
    }

    @Test
    void rejectsAPeriodThatHasEnded() {
        expectRejected(command("t-10", TargetScope.TEAM, TEAM, "2026", TargetMetric.REVENUE, "1", null), "period");
        expectRejected(command("t-11", TargetScope.TEAM, TEAM, "2027-01", TargetMetric.REVENUE, "1", null), "period");
        expectRejected(command("t-12", TargetScope.TEAM, TEAM, "2027-W05", TargetMetric.REVENUE, "1", null), "period");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2027-Q5", "2027-13", "27", "2027-W54", "next year"})
    void rejectsAPeriodItCannotRead(String period) {
        expectRejected(command("t-13", TargetScope.TEAM, TEAM, period, TargetMetric.REVENUE, "1", null), "period");
    }

    @Test
    void rejectsAnOwnerThatDoesNotFitTheScope() {
        expectRejected(command("t-14", TargetScope.COMPANY, TEAM, "2027", TargetMetric.REVENUE, "1", null), "ownerId");
        expectRejected(command("t-15", TargetScope.REP, null, "2027", TargetMetric.REVENUE, "1", null), "ownerId");
        expectRejected(command("t-16", null, TEAM, "2027", TargetMetric.REVENUE, "1", null), "scope");
    }

    @Test
    void rejectsAMissingMetricOrAmountAndABadCurrency() {
        expectRejected(command("t-17", TargetScope.TEAM, TEAM, "2027", null, "1", null), "metric");
        expectRejected(new SetTargetCommand("t-18", TargetScope.TEAM, TEAM, "2027", TargetMetric.REVENUE, null, null,
                "s", "a", "r"), "amount");
        expectRejected(command("t-19", TargetScope.TEAM, TEAM, "2027", TargetMetric.REVENUE, "1", "yuan"), "currency");
    }

    private void expectRejected(SetTargetCommand command, String field) {
        fixture.givenNoPriorActivity()
                .when(command)
                .expectNoEvents()
                .expectException(rejectedOn(field));
    }

    private static Matcher<FieldRejectedException> rejectedOn(String field) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(FieldRejectedException rejection) {
                return field.equals(rejection.field());
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a rejection of field ").appendValue(field);
            }
        };
    }

    private static SetTargetCommand command(String id, TargetScope scope, String owner, String period,
                                            TargetMetric metric, String amount, String currency) {
        return new SetTargetCommand(id, scope, owner, period, metric, new BigDecimal(amount), currency,
                "华东区新签合同额", "去年 250 万，增长 20%", "华东扩张战略");
    }
}
