package com.salesplatform.performance.demo;

import com.salesplatform.performance.rep.api.FindRepQuery;
import com.salesplatform.performance.rep.api.HireRepCommand;
import com.salesplatform.performance.rep.query.RepView;
import com.salesplatform.performance.team.api.CreateTeamCommand;
import com.salesplatform.performance.team.api.FindTeamQuery;
import com.salesplatform.performance.team.query.TeamView;
import com.salesplatform.platform.axon.CallerCorrelationDataProvider;
import com.salesplatform.platform.rejection.RuleViolationException;
import java.util.Map;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.queryhandling.QueryGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Profile {@code local} only: creates the demo roster of {@code sales.demo-roster} on startup, through the same
 * commands as the API. Whatever already exists is skipped, so every restart is safe.
 */
@Component
@Profile("local")
@EnableConfigurationProperties(DemoRosterProperties.class)
class DemoRosterSeeder implements ApplicationRunner {

    static final String ACTOR = "demo-roster";

    private static final Logger log = LoggerFactory.getLogger(DemoRosterSeeder.class);

    private final DemoRosterProperties roster;
    private final CommandGateway commands;
    private final QueryGateway queries;

    DemoRosterSeeder(DemoRosterProperties roster, CommandGateway commands, QueryGateway queries) {
        this.roster = roster;
        this.commands = commands;
        this.queries = queries;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        roster.teams().forEach(this::seed);
        roster.reps().forEach(this::seed);
    }

    private void seed(DemoRosterProperties.Team team) {
        if (queries.query(new FindTeamQuery(team.id()), ResponseTypes.optionalInstanceOf(TeamView.class))
                .join().isPresent()) {
            log.debug("Demo team {} exists", team.id());
            return;
        }
        send(new CreateTeamCommand(team.id(), team.name(), team.managerRepId()), "team " + team.id());
    }

    private void seed(DemoRosterProperties.Rep rep) {
        if (queries.query(new FindRepQuery(rep.id()), ResponseTypes.optionalInstanceOf(RepView.class))
                .join().isPresent()) {
            log.debug("Demo rep {} exists", rep.id());
            return;
        }
        send(new HireRepCommand(rep.id(), rep.name(), rep.teamId(), rep.grade(), rep.hiredOn()), "rep " + rep.id());
    }

    private void send(Object command, String what) {
        try {
            commands.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                    .andMetaData(Map.of(CallerCorrelationDataProvider.ACTOR_ID, ACTOR)));
            log.info("Demo roster: created {}", what);
        } catch (AggregateStreamCreationException | RuleViolationException taken) {
            // another instance seeded it at the same moment, or the name is taken by a team created by hand
            log.warn("Demo roster: {} not created: {}", what, taken.getMessage());
        }
    }
}
