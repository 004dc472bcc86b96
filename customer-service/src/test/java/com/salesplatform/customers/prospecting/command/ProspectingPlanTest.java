package com.salesplatform.customers.prospecting.command;

import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

import com.salesplatform.customers.customer.api.LeadChannel;
import com.salesplatform.customers.prospecting.api.ProspectingPlanSetEvent;
import com.salesplatform.customers.prospecting.api.SetProspectingPlanCommand;
import com.salesplatform.platform.rejection.FieldRejectedException;
import com.salesplatform.platform.roster.RosterReplica;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.hamcrest.Description;
import org.hamcrest.TypeSafeMatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProspectingPlanTest {

    private static final String REP = "5a1e5000-0000-4000-8000-0000000000c1";
    private static final String MONTH = "2027-03";
    private static final String PLAN = SetProspectingPlanCommand.planIdOf(REP, MONTH);

    private FixtureConfiguration<ProspectingPlan> fixture;

    @BeforeEach
    void setUp() {
        RosterReplica roster = mock(RosterReplica.class);
        given(roster.isActive(REP)).willReturn(true);
        fixture = new AggregateTestFixture<>(ProspectingPlan.class);
        fixture.registerInjectableResource(roster);
    }

    @Test
    void setsAPlanPerChannel() {
        fixture.givenNoPriorActivity()
                .when(new SetProspectingPlanCommand(PLAN, REP, MONTH, 20, Map.of(LeadChannel.EXHIBITION, 5)))
                .expectEvents(new ProspectingPlanSetEvent(REP, MONTH, 20, Map.of(LeadChannel.EXHIBITION, 5)));
    }

    @Test
    void replacesAnExistingPlan() {
        fixture.given(new ProspectingPlanSetEvent(REP, MONTH, 20, Map.of()))
                .when(new SetProspectingPlanCommand(PLAN, REP, MONTH, 30, null))
                .expectEvents(new ProspectingPlanSetEvent(REP, MONTH, 30, Map.of()));
    }

    @Test
    void rejectsARepOutsideTheRoster() {
        String stranger = "5a1e5000-0000-4000-8000-0000000000ff";
        expectRejected(new SetProspectingPlanCommand(SetProspectingPlanCommand.planIdOf(stranger, MONTH), stranger,
                MONTH, 20, null), "repId");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2027-13", "2027-3", "March", "2027-03-01"})
    void rejectsAMonthThatIsNotYyyyMm(String month) {
        expectRejected(new SetProspectingPlanCommand(SetProspectingPlanCommand.planIdOf(REP, month), REP, month, 20,
                null), "month");
    }

    @Test
    void rejectsNegativeMinimumsAndChannelsAddingUpToMoreThanTheTotal() {
        expectRejected(new SetProspectingPlanCommand(PLAN, REP, MONTH, -1, null), "minimumNewLeads");
        expectRejected(new SetProspectingPlanCommand(PLAN, REP, MONTH, 10, Map.of(LeadChannel.PHONE, -1)),
                "byChannel");
        expectRejected(new SetProspectingPlanCommand(PLAN, REP, MONTH, 10,
                Map.of(LeadChannel.PHONE, 6, LeadChannel.EMAIL, 5)), "byChannel");
    }

    private void expectRejected(SetProspectingPlanCommand command, String field) {
        fixture.givenNoPriorActivity().when(command).expectNoEvents()
                .expectException(new TypeSafeMatcher<FieldRejectedException>() {
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
}
