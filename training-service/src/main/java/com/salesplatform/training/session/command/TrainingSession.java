package com.salesplatform.training.session.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.salesplatform.platform.rejection.AlreadyExistsException;
import com.salesplatform.platform.rejection.FieldRejectedException;
import com.salesplatform.platform.rejection.NotFoundException;
import com.salesplatform.platform.rejection.RuleViolationException;
import com.salesplatform.platform.time.BusinessCalendar;
import com.salesplatform.platform.value.Text;
import com.salesplatform.training.course.api.CourseCategory;
import com.salesplatform.training.course.command.CourseCatalog;
import com.salesplatform.training.course.command.CourseCatalog.CourseTerms;
import com.salesplatform.training.session.SessionIds;
import com.salesplatform.training.session.api.CertificationGrantedEvent;
import com.salesplatform.training.session.api.CompletionOutcome;
import com.salesplatform.training.session.api.CourseCompletedEvent;
import com.salesplatform.training.session.api.EnrolRepCommand;
import com.salesplatform.training.session.api.EnrollmentOutcome;
import com.salesplatform.training.session.api.EnrollmentStatus;
import com.salesplatform.training.session.api.EnrollmentWithdrawnEvent;
import com.salesplatform.training.session.api.RecordAttendanceCommand;
import com.salesplatform.training.session.api.RecordCompletionCommand;
import com.salesplatform.training.session.api.RepEnrolledEvent;
import com.salesplatform.training.session.api.RepPromotedFromWaitingListEvent;
import com.salesplatform.training.session.api.RepWaitlistedEvent;
import com.salesplatform.training.session.api.ScheduleSessionCommand;
import com.salesplatform.training.session.api.SessionAttendedEvent;
import com.salesplatform.training.session.api.SessionScheduledEvent;
import com.salesplatform.training.session.api.WithdrawEnrollmentCommand;
import com.salesplatform.training.shared.Require;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A scheduled session of a course: its seats, its waiting list (first come, first promoted), who attended and how
 * each did in the assessment. Commands on one session are serialised by Axon's per-aggregate lock (and, across
 * instances, by the event store's unique sequence number), so the seats taken never exceed the capacity.
 */
@Aggregate
public class TrainingSession {

    static final int MAX_CAPACITY = 1000;

    @AggregateIdentifier
    private String sessionId;
    private String courseId;
    private CourseCategory category;
    private Instant startsAt;
    private int capacity;
    private BigDecimal durationHours;
    private int passMark;
    private int certificationValidMonths;
    private final Set<String> seated = new LinkedHashSet<>();
    private final List<String> waiting = new ArrayList<>();
    private final Set<String> attended = new HashSet<>();
    private final Set<String> completed = new HashSet<>();

    protected TrainingSession() {
        // for Axon
    }

    @CommandHandler
    public TrainingSession(ScheduleSessionCommand command, CourseCatalog catalog) {
        CourseTerms course = catalog.termsOf(command.courseId())
                .orElseThrow(() -> new NotFoundException("Course", command.courseId()));
        Require.present("startsAt", command.startsAt());
        String trainer = Text.required("trainer", command.trainer(), 200);
        int seats = Require.between("capacity", command.capacity(), 1, MAX_CAPACITY);
        String location = Text.optional("location", command.location(), 200);
        apply(new SessionScheduledEvent(command.sessionId(), course.courseId(), course.category(), command.startsAt(),
                trainer, seats, location, course.durationHours(), course.passMark(),
                course.certificationValidMonths()));
    }

    @CommandHandler
    public EnrollmentOutcome handle(EnrolRepCommand command) {
        String enrollmentId = SessionIds.enrollmentOf(sessionId, command.repId());
        if (seated.contains(command.repId()) || waiting.contains(command.repId())) {
            throw new AlreadyExistsException("Enrollment", enrollmentId,
                    "Rep " + command.repId() + " is already enrolled in session " + sessionId);
        }
        if (seated.size() < capacity) {
            apply(new RepEnrolledEvent(sessionId, courseId, command.repId()));
            return new EnrollmentOutcome(enrollmentId, EnrollmentStatus.ENROLLED, null);
        }
        int position = waiting.size() + 1;
        apply(new RepWaitlistedEvent(sessionId, courseId, command.repId(), position));
        return new EnrollmentOutcome(enrollmentId, EnrollmentStatus.WAITLISTED, position);
    }

    @CommandHandler
    public void handle(WithdrawEnrollmentCommand command) {
        String repId = command.repId();
        if (attended.contains(repId)) {
            throw new RuleViolationException("Rep " + repId + " attended session " + sessionId + " and cannot withdraw");
        }
        if (waiting.contains(repId)) {
            apply(new EnrollmentWithdrawnEvent(sessionId, courseId, repId, true));
            return;
        }
        if (!seated.contains(repId)) {
            throw new RuleViolationException("Rep " + repId + " is not enrolled in session " + sessionId);
        }
        apply(new EnrollmentWithdrawnEvent(sessionId, courseId, repId, false));
        if (!waiting.isEmpty()) {
            apply(new RepPromotedFromWaitingListEvent(sessionId, courseId, waiting.get(0)));
        }
    }

    @CommandHandler
    public void handle(RecordAttendanceCommand command) {
        List<String> repIds = Require.present("repIds", command.repIds());
        if (repIds.isEmpty()) {
            throw new FieldRejectedException("repIds", "must name at least one rep");
        }
        for (String repId : repIds) {
            if (!seated.contains(repId)) {
                throw new FieldRejectedException("repIds", repId + " has no seat in this session");
            }
        }
        new LinkedHashSet<>(repIds).stream()
                .filter(repId -> !attended.contains(repId))
                .forEach(repId -> apply(new SessionAttendedEvent(sessionId, courseId, repId, durationHours)));
    }

    @CommandHandler
    public CompletionOutcome handle(RecordCompletionCommand command, Clock clock) {
        String repId = command.repId();
        int score = Require.between("score", command.score(), 0, 100);
        LocalDate completedOn = command.completedOn() == null ? LocalDate.now(clock)
                : Require.notAfter("completedOn", command.completedOn(), LocalDate.now(clock));
        LocalDate startsOn = BusinessCalendar.of(clock).dateOf(startsAt);
        if (completedOn.isBefore(startsOn)) {
            throw new FieldRejectedException("completedOn", "must not be before the session starts (" + startsOn + ")");
        }
        if (!attended.contains(repId)) {
            throw new RuleViolationException("Rep " + repId + " has not attended session " + sessionId);
        }
        String completionId = SessionIds.completionOf(sessionId, repId);
        if (completed.contains(repId)) {
            throw new AlreadyExistsException("Completion", completionId,
                    "Rep " + repId + " has already completed session " + sessionId);
        }
        boolean passed = score >= passMark;
        apply(new CourseCompletedEvent(sessionId, courseId, repId, category, score, passMark, passed, completedOn));
        if (!passed) {
            return new CompletionOutcome(completionId, false, null, null);
        }
        String certificationId = SessionIds.certificationOf(repId, courseId);
        LocalDate expiresOn = completedOn.plusMonths(certificationValidMonths);
        apply(new CertificationGrantedEvent(certificationId, sessionId, courseId, repId, category, score, completedOn,
                expiresOn));
        return new CompletionOutcome(completionId, true, certificationId, expiresOn);
    }

    @EventSourcingHandler
    void on(SessionScheduledEvent event) {
        sessionId = event.sessionId();
        courseId = event.courseId();
        category = event.category();
        startsAt = event.startsAt();
        capacity = event.capacity();
        durationHours = event.durationHours();
        passMark = event.passMark();
        certificationValidMonths = event.certificationValidMonths();
    }

    @EventSourcingHandler
    void on(RepEnrolledEvent event) {
        seated.add(event.repId());
    }

    @EventSourcingHandler
    void on(RepWaitlistedEvent event) {
        waiting.add(event.repId());
    }

    @EventSourcingHandler
    void on(EnrollmentWithdrawnEvent event) {
        seated.remove(event.repId());
        waiting.remove(event.repId());
    }

    @EventSourcingHandler
    void on(RepPromotedFromWaitingListEvent event) {
        waiting.remove(event.repId());
        seated.add(event.repId());
    }

    @EventSourcingHandler
    void on(SessionAttendedEvent event) {
        attended.add(event.repId());
    }

    @EventSourcingHandler
    void on(CourseCompletedEvent event) {
        completed.add(event.repId());
    }
}
