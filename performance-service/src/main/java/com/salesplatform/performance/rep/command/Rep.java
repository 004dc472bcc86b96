package com.salesplatform.performance.rep.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.salesplatform.performance.rep.api.HireRepCommand;
import com.salesplatform.performance.rep.api.RepHiredEvent;
import com.salesplatform.performance.team.command.TeamDirectory;
import com.salesplatform.platform.web.FieldRejectedException;
import java.time.Clock;
import java.time.LocalDate;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/** A sales rep of the roster (DOMAIN.md §4): a member of one team, at a grade from 1 to 6. */
@Aggregate
public class Rep {

    static final int MAX_NAME_LENGTH = 200;
    static final int LOWEST_GRADE = 1;
    static final int HIGHEST_GRADE = 6;

    @AggregateIdentifier
    private String repId;
    private String teamId;
    private int grade;

    protected Rep() {
        // for Axon
    }

    @CommandHandler
    public Rep(HireRepCommand command, TeamDirectory teams, Clock clock) {
        String name = requireName(command.name());
        if (command.teamId() == null || !teams.exists(command.teamId())) {
            throw new FieldRejectedException("teamId", "is not a team in the roster");
        }
        if (command.grade() < LOWEST_GRADE || command.grade() > HIGHEST_GRADE) {
            throw new FieldRejectedException("grade", "must be between " + LOWEST_GRADE + " and " + HIGHEST_GRADE);
        }
        requireHiredOn(command.hiredOn(), LocalDate.now(clock));
        apply(new RepHiredEvent(command.repId(), name, command.teamId(), command.grade(), command.hiredOn()));
    }

    private static String requireName(String name) {
        if (name == null || name.isBlank()) {
            throw new FieldRejectedException("name", "must not be blank");
        }
        String stripped = name.strip();
        if (stripped.codePointCount(0, stripped.length()) > MAX_NAME_LENGTH) {
            throw new FieldRejectedException("name", "must be at most " + MAX_NAME_LENGTH + " characters");
        }
        return stripped;
    }

    private static void requireHiredOn(LocalDate hiredOn, LocalDate today) {
        if (hiredOn == null) {
            throw new FieldRejectedException("hiredOn", "must not be null");
        }
        if (hiredOn.isAfter(today)) {
            throw new FieldRejectedException("hiredOn", "must not be in the future");
        }
    }

    @EventSourcingHandler
    void on(RepHiredEvent event) {
        repId = event.repId();
        teamId = event.teamId();
        grade = event.grade();
    }
}
