package com.salesplatform.training.session.web;


import com.salesplatform.platform.openapi.SuccessStatus;
import com.salesplatform.platform.rejection.NotFoundException;
import com.salesplatform.platform.security.CallerIdentity;
import com.salesplatform.platform.web.Created;
import com.salesplatform.training.session.SessionIds;
import com.salesplatform.training.session.api.CompletionOutcome;
import com.salesplatform.training.session.api.EnrolRepCommand;
import com.salesplatform.training.session.api.EnrollmentOutcome;
import com.salesplatform.training.session.api.EnrollmentStatus;
import com.salesplatform.training.session.api.FindSessionQuery;
import com.salesplatform.training.session.api.RecordAttendanceCommand;
import com.salesplatform.training.session.api.RecordCompletionCommand;
import com.salesplatform.training.session.api.ScheduleSessionCommand;
import com.salesplatform.training.session.api.WithdrawEnrollmentCommand;
import com.salesplatform.training.session.query.SessionView;
import com.salesplatform.training.shared.Access;
import com.salesplatform.training.shared.Ids;
import com.salesplatform.platform.time.BusinessCalendar;
import com.salesplatform.platform.web.PageQuery;
import com.salesplatform.platform.web.PageResponse;
import com.salesplatform.training.session.api.FindSessionsQuery;
import com.salesplatform.training.session.query.SessionList;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.validation.annotation.Validated;

/**
 * Sessions: MANAGER/ADMIN schedule them; attendance and assessment results are recorded by ADMIN or the manager of
 * the rep's team, never for themself; a rep enrols and withdraws themself (a manager or admin may withdraw a rep
 * they act for).
 */
@RestController
@Validated
class SessionController {

    static final String SESSIONS = "/api/sessions";

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final Access access;
    private final BusinessCalendar calendar;
    private final Clock clock;

    SessionController(CommandGateway commands, QueryGateway queries, Access access, BusinessCalendar calendar,
                      Clock clock) {
        this.commands = commands;
        this.queries = queries;
        this.access = access;
        this.calendar = calendar;
        this.clock = clock;
    }

    /**
     * The sessions starting from {@code from} (a date: its start in the company's calendar; today when left out),
     * of one course or all, soonest first — the coming sessions a rep may enrol in. Everyone sees every session, as
     * {@code GET /api/sessions/{id}}.
     */
    @GetMapping(SESSIONS)
    PageResponse<SessionView> sessions(@RequestParam(required = false) LocalDate from,
                                       @RequestParam(required = false)
                                       @Pattern(regexp = Ids.UUID_PATTERN, message = "must be a UUID") String courseId,
                                       PageQuery page) {
        Instant start = calendar.startOf(from == null ? calendar.dateOf(clock.instant()) : from);
        SessionList found = queries.query(new FindSessionsQuery(start, courseId == null ? null : Ids.normalised(courseId),
                page), ResponseTypes.instanceOf(SessionList.class)).join();
        return PageResponse.of(found.items(), page, found.totalItems());
    }

    @PostMapping("/api/courses/{courseId}/sessions")
    ResponseEntity<Created> schedule(@PathVariable String courseId,
                                     @Valid @RequestBody ScheduleSessionRequest request, CallerIdentity caller) {
        access.requireManagerOrAdmin(caller, "schedule sessions");
        String sessionId = Ids.chosenOrNew(request.id());
        commands.sendAndWait(new ScheduleSessionCommand(sessionId, Ids.normalised(courseId), request.startsAt(),
                request.trainer(), request.capacity(), request.location()));
        return Created.at(SESSIONS, sessionId);
    }

    @GetMapping(SESSIONS + "/{sessionId}")
    SessionView session(@PathVariable String sessionId) {
        return queries.query(new FindSessionQuery(Ids.normalised(sessionId)),
                        ResponseTypes.optionalInstanceOf(SessionView.class)).join()
                .orElseThrow(() -> new NotFoundException("Session", sessionId));
    }

    /** A seated or waiting rep's enrolment, as its session shows it; a withdrawn one is gone. */
    @GetMapping(SESSIONS + "/{sessionId}/enrollments/{enrollmentId}")
    EnrollmentResponse enrollment(@PathVariable String sessionId, @PathVariable String enrollmentId) {
        SessionView session = session(sessionId);
        String id = Ids.normalised(enrollmentId);
        for (String repId : session.enrolledRepIds()) {
            if (SessionIds.enrollmentOf(session.id(), repId).equals(id)) {
                return new EnrollmentResponse(id, session.id(), repId, EnrollmentStatus.ENROLLED, null);
            }
        }
        List<String> waiting = session.waitingListRepIds();
        for (int place = 0; place < waiting.size(); place++) {
            if (SessionIds.enrollmentOf(session.id(), waiting.get(place)).equals(id)) {
                return new EnrollmentResponse(id, session.id(), waiting.get(place), EnrollmentStatus.WAITLISTED,
                        place + 1);
            }
        }
        throw new NotFoundException("Enrollment", enrollmentId);
    }

    /** The caller enrols themself; the body, if any, is empty. */
    @SuccessStatus(HttpStatus.CREATED)
    @PostMapping(SESSIONS + "/{sessionId}/enrollments")
    ResponseEntity<EnrollmentResponse> enrol(@PathVariable String sessionId, CallerIdentity caller) {
        String session = Ids.normalised(sessionId);
        access.requireLearner(caller);
        String repId = Ids.normalised(caller.subject());
        EnrollmentOutcome outcome = commands.sendAndWait(new EnrolRepCommand(session, repId));
        return ResponseEntity.created(URI.create(SESSIONS + "/" + session + "/enrollments/" + outcome.id()))
                .body(new EnrollmentResponse(outcome.id(), session, repId, outcome.status(),
                        outcome.waitingListPosition()));
    }

    /** The caller withdraws themself, or (manager of their team, admin) the rep the body names. */
    @PostMapping(SESSIONS + "/{sessionId}/withdrawals")
    ResponseEntity<Void> withdraw(@PathVariable String sessionId,
                                  @Valid @RequestBody(required = false) WithdrawalRequest request,
                                  CallerIdentity caller) {
        String rep = Ids.normalised(request == null || request.repId() == null ? caller.subject() : request.repId());
        if (!access.mayActFor(caller, rep)) {
            throw new AccessDeniedException("A rep withdraws only themself");
        }
        commands.sendAndWait(new WithdrawEnrollmentCommand(Ids.normalised(sessionId), rep));
        return ResponseEntity.noContent().build();
    }

    @PostMapping(SESSIONS + "/{sessionId}/attendance")
    ResponseEntity<Void> attendance(@PathVariable String sessionId, @Valid @RequestBody AttendanceRequest request,
                                    CallerIdentity caller) {
        List<String> repIds = request.repIds().stream().map(Ids::normalised).toList();
        repIds.forEach(repId -> access.requireOverseerOf(caller, repId, "record attendance"));
        commands.sendAndWait(new RecordAttendanceCommand(Ids.normalised(sessionId), repIds));
        return ResponseEntity.noContent().build();
    }

    @SuccessStatus(HttpStatus.CREATED)
    @PostMapping(SESSIONS + "/{sessionId}/completions")
    ResponseEntity<CompletionResponse> completion(@PathVariable String sessionId, @Valid @RequestBody CompletionRequest request,
                                       CallerIdentity caller) {
        String session = Ids.normalised(sessionId);
        String repId = Ids.normalised(request.repId());
        access.requireOverseerOf(caller, repId, "record assessment results");
        CompletionOutcome outcome = commands.sendAndWait(
                new RecordCompletionCommand(session, repId, request.score(), request.completedOn()));
        return ResponseEntity.created(URI.create("/api/reps/" + repId + "/training-record"))
                .body(new CompletionResponse(outcome.id(), session, repId, request.score(), outcome.passed(),
                        outcome.certificationId(), outcome.certificationExpiresOn()));
    }
}
