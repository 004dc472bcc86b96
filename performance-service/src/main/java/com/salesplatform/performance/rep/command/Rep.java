package com.salesplatform.performance.rep.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.salesplatform.performance.rep.api.HireRepCommand;
import com.salesplatform.performance.rep.api.PromoteRepCommand;
import com.salesplatform.performance.rep.api.RecordRepDepartureCommand;
import com.salesplatform.performance.rep.api.RepDepartedEvent;
import com.salesplatform.performance.rep.api.RepHiredEvent;
import com.salesplatform.performance.rep.api.RepPromotedEvent;
import com.salesplatform.performance.rep.api.RepTransferredEvent;
import com.salesplatform.performance.rep.api.TransferRepCommand;
import com.salesplatform.performance.team.command.TeamDirectory;
import com.salesplatform.platform.rejection.FieldRejectedException;
import com.salesplatform.platform.rejection.RuleViolationException;
import com.salesplatform.platform.value.Text;
import java.time.Clock;
import java.time.LocalDate;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A sales rep of the roster (docs/domain.md §4): a member of one team, at a grade from 1 to 6, until they depart.
 * Roster changes are dated and move forward only: a transfer or departure is never dated before the rep's last
 * change, so the order of the events is the order of their dates (which the as-of view relies on).
 */
@Aggregate
public class Rep {

    static final int MAX_NAME_LENGTH = 200;
    static final int LOWEST_GRADE = 1;
    static final int HIGHEST_GRADE = 6;

    @AggregateIdentifier
    private String repId;
    private String teamId;
    private int grade;
    private LocalDate lastChangeOn;
    private LocalDate departedOn;

    protected Rep() {
        // for Axon
    }

    @CommandHandler
    public Rep(HireRepCommand command, TeamDirectory teams, Clock clock) {
        String name = Text.required("name", command.name(), MAX_NAME_LENGTH);
        requireTeam("teamId", command.teamId(), teams);
        requireGrade("grade", command.grade());
        requirePastOrToday("hiredOn", command.hiredOn(), LocalDate.now(clock));
        apply(new RepHiredEvent(command.repId(), name, command.teamId(), command.grade(), command.hiredOn()));
    }

    @CommandHandler
    public void handle(TransferRepCommand command, TeamDirectory teams, Clock clock) {
        requireCurrentMember();
        requireTeam("toTeamId", command.toTeamId(), teams);
        if (command.toTeamId().equals(teamId)) {
            throw new RuleViolationException("Rep " + repId + " is already in team " + teamId);
        }
        requireChangeDate("effectiveOn", command.effectiveOn(), clock);
        apply(new RepTransferredEvent(repId, teamId, command.toTeamId(), command.effectiveOn()));
    }

    @CommandHandler
    public void handle(PromoteRepCommand command) {
        requireCurrentMember();
        requireGrade("toGrade", command.toGrade());
        if (command.toGrade() <= grade) {
            throw new RuleViolationException("A promotion must raise the grade above " + grade);
        }
        apply(new RepPromotedEvent(repId, grade, command.toGrade()));
    }

    @CommandHandler
    public void handle(RecordRepDepartureCommand command, Clock clock) {
        requireCurrentMember();
        requireChangeDate("departedOn", command.departedOn(), clock);
        apply(new RepDepartedEvent(repId, teamId, command.departedOn()));
    }

    private void requireCurrentMember() {
        if (departedOn != null) {
            throw new RuleViolationException("Rep " + repId + " departed on " + departedOn);
        }
    }

    private void requireChangeDate(String field, LocalDate date, Clock clock) {
        requirePastOrToday(field, date, LocalDate.now(clock));
        if (date.isBefore(lastChangeOn)) {
            throw new FieldRejectedException(field, "must not be before " + lastChangeOn
                    + ", the rep's last roster change");
        }
    }

    private static void requireTeam(String field, String teamId, TeamDirectory teams) {
        if (teamId == null || !teams.exists(teamId)) {
            throw new FieldRejectedException(field, "is not a team in the roster");
        }
    }

    private static void requireGrade(String field, int grade) {
        if (grade < LOWEST_GRADE || grade > HIGHEST_GRADE) {
            throw new FieldRejectedException(field, "must be between " + LOWEST_GRADE + " and " + HIGHEST_GRADE);
        }
    }

    private static void requirePastOrToday(String field, LocalDate date, LocalDate today) {
        if (date == null) {
            throw new FieldRejectedException(field, "must not be null");
        }
        if (date.isAfter(today)) {
            throw new FieldRejectedException(field, "must not be in the future");
        }
    }

    @EventSourcingHandler
    void on(RepHiredEvent event) {
        repId = event.repId();
        teamId = event.teamId();
        grade = event.grade();
        lastChangeOn = event.hiredOn();
    }

    @EventSourcingHandler
    void on(RepTransferredEvent event) {
        teamId = event.toTeamId();
        lastChangeOn = event.effectiveOn();
    }

    @EventSourcingHandler
    void on(RepPromotedEvent event) {
        grade = event.toGrade();
    }

    @EventSourcingHandler
    void on(RepDepartedEvent event) {
        departedOn = event.departedOn();
    }
}
