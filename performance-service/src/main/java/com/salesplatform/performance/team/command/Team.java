package com.salesplatform.performance.team.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.salesplatform.performance.team.api.AssignTeamManagerCommand;
import com.salesplatform.performance.team.api.CreateTeamCommand;
import com.salesplatform.performance.team.api.TeamCreatedEvent;
import com.salesplatform.performance.team.api.TeamManagerAssignedEvent;
import com.salesplatform.platform.rejection.FieldRejectedException;
import com.salesplatform.platform.rejection.RuleViolationException;
import com.salesplatform.platform.value.Text;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/** A sales team of the roster (docs/domain.md §4): a unique name and, optionally, its manager, who may be replaced. */
@Aggregate
public class Team {

    static final int MAX_NAME_LENGTH = 200;

    @AggregateIdentifier
    private String teamId;
    private String managerRepId;

    protected Team() {
        // for Axon
    }

    @CommandHandler
    public Team(CreateTeamCommand command, TeamDirectory directory) {
        String name = Text.required("name", command.name(), MAX_NAME_LENGTH);
        if (directory.exists(command.teamId())) {
            throw new RuleViolationException("Team " + command.teamId() + " already exists");
        }
        if (directory.nameTaken(name)) {
            throw new RuleViolationException(nameTakenMessage(name));
        }
        apply(new TeamCreatedEvent(command.teamId(), name, command.managerRepId()));
    }

    static String nameTakenMessage(String name) {
        return "A team named '" + name.strip() + "' already exists";
    }

    @CommandHandler
    public void handle(AssignTeamManagerCommand command) {
        if (command.managerRepId() == null) {
            throw new FieldRejectedException("managerRepId", "must not be null");
        }
        if (command.managerRepId().equals(managerRepId)) {
            throw new RuleViolationException("Rep " + managerRepId + " already manages team " + teamId);
        }
        apply(new TeamManagerAssignedEvent(teamId, command.managerRepId(), managerRepId));
    }

    @EventSourcingHandler
    void on(TeamCreatedEvent event) {
        teamId = event.teamId();
        managerRepId = event.managerRepId();
    }

    @EventSourcingHandler
    void on(TeamManagerAssignedEvent event) {
        managerRepId = event.managerRepId();
    }
}
