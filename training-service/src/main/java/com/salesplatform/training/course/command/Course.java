package com.salesplatform.training.course.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.salesplatform.platform.value.Text;
import com.salesplatform.training.course.api.CourseCreatedEvent;
import com.salesplatform.training.course.api.CreateCourseCommand;
import com.salesplatform.training.shared.Require;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/** A course of the training catalogue (docs/domain.md §5): category, format, length, and how it certifies. */
@Aggregate
public class Course {

    static final int MAX_TITLE_LENGTH = 200;
    static final int MAX_HOURS = 1000;
    static final int DEFAULT_PASS_MARK = 60;
    static final int DEFAULT_VALID_MONTHS = 24;
    static final int MAX_VALID_MONTHS = 120;

    @AggregateIdentifier
    private String courseId;

    protected Course() {
        // for Axon
    }

    @CommandHandler
    public Course(CreateCourseCommand command) {
        String title = Text.required("title", command.title(), MAX_TITLE_LENGTH);
        Require.present("category", command.category());
        Require.present("format", command.format());
        var hours = Require.hours("durationHours", command.durationHours(), MAX_HOURS);
        int passMark = command.passMark() == null ? DEFAULT_PASS_MARK
                : Require.between("passMark", command.passMark(), 0, 100);
        int validMonths = command.certificationValidMonths() == null ? DEFAULT_VALID_MONTHS
                : Require.between("certificationValidMonths", command.certificationValidMonths(), 1, MAX_VALID_MONTHS);
        apply(new CourseCreatedEvent(command.courseId(), title, command.category(), command.format(), hours,
                passMark, validMonths));
    }

    @EventSourcingHandler
    void on(CourseCreatedEvent event) {
        courseId = event.courseId();
    }
}
