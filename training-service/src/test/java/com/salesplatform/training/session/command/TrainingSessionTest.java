package com.salesplatform.training.session.command;

import static com.salesplatform.platformtest.Rejections.rejectedOn;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

import com.salesplatform.platform.rejection.NotFoundException;
import com.salesplatform.platform.rejection.AlreadyExistsException;
import com.salesplatform.platform.rejection.RuleViolationException;
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
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TrainingSessionTest {

    private static final String SESSION = "7c1a2e10-3b4d-4e5f-8a6b-7c8d9e0f1a2b";
    private static final String COURSE = "6d2b3f21-4c5e-4f60-9b7c-8d9e0f1a2b3c";
    private static final String ZHANG = "5a1e5000-0000-4000-8000-0000000000c1";
    private static final String LI = "5a1e5000-0000-4000-8000-0000000000c2";
    private static final String WANG = "5a1e5000-0000-4000-8000-0000000000c3";
    private static final String ZHAO = "5a1e5000-0000-4000-8000-0000000000c4";
    private static final Instant STARTS = Instant.parse("2027-03-15T01:30:00Z");
    private static final LocalDate TODAY = LocalDate.of(2027, 3, 20);
    private static final BigDecimal HOURS = new BigDecimal("8.00");
    private static final SessionScheduledEvent SCHEDULED = new SessionScheduledEvent(SESSION, COURSE,
            CourseCategory.NEGOTIATION, STARTS, "陈老师", 2, "上海培训中心", HOURS, 70, 24);

    private FixtureConfiguration<TrainingSession> fixture;
    private CourseCatalog catalog;

    @BeforeEach
    void setUp() {
        catalog = mock(CourseCatalog.class);
        fixture = new AggregateTestFixture<>(TrainingSession.class);
        fixture.registerInjectableResource(catalog);
        fixture.registerInjectableResource(Clock.fixed(Instant.parse("2027-03-20T09:00:00Z"), ZoneOffset.UTC));
    }

    @Test
    void schedulesASessionWithTheTermsOfItsCourse() {
        given(catalog.termsOf(COURSE)).willReturn(Optional.of(
                new CourseTerms(COURSE, CourseCategory.NEGOTIATION, HOURS, 70, 24)));
        fixture.givenNoPriorActivity()
                .when(new ScheduleSessionCommand(SESSION, COURSE, STARTS, " 陈老师 ", 2, "上海培训中心"))
                .expectEvents(SCHEDULED);
    }

    @Test
    void aSessionOfAnUnknownCourseIsNotFound() {
        given(catalog.termsOf(COURSE)).willReturn(Optional.empty());
        fixture.givenNoPriorActivity()
                .when(new ScheduleSessionCommand(SESSION, COURSE, STARTS, "陈老师", 2, null))
                .expectNoEvents()
                .expectException(NotFoundException.class);
    }

    @Test
    void rejectsEachInvalidSchedulingField() {
        given(catalog.termsOf(COURSE)).willReturn(Optional.of(
                new CourseTerms(COURSE, CourseCategory.NEGOTIATION, HOURS, 70, 24)));
        expectRejected(new ScheduleSessionCommand(SESSION, COURSE, null, "陈老师", 2, null), "startsAt");
        expectRejected(new ScheduleSessionCommand(SESSION, COURSE, STARTS, " ", 2, null), "trainer");
        expectRejected(new ScheduleSessionCommand(SESSION, COURSE, STARTS, "陈老师", 0, null), "capacity");
        expectRejected(new ScheduleSessionCommand(SESSION, COURSE, STARTS, "陈老师", 1001, null), "capacity");
        expectRejected(new ScheduleSessionCommand(SESSION, COURSE, STARTS, "陈老师", null, null), "capacity");
        expectRejected(new ScheduleSessionCommand(SESSION, COURSE, STARTS, "陈老师", 2, "地".repeat(201)), "location");
    }

    @Test
    void enrolsWhileSeatsAreFree() {
        fixture.given(SCHEDULED)
                .when(new EnrolRepCommand(SESSION, ZHANG))
                .expectEvents(new RepEnrolledEvent(SESSION, COURSE, ZHANG))
                .expectResultMessagePayload(new EnrollmentOutcome(SessionIds.enrollmentOf(SESSION, ZHANG),
                        EnrollmentStatus.ENROLLED, null));
    }

    @Test
    void beyondCapacityARepJoinsTheWaitingListInOrder() {
        fixture.given(SCHEDULED, enrolled(ZHANG), enrolled(LI), new RepWaitlistedEvent(SESSION, COURSE, WANG, 1))
                .when(new EnrolRepCommand(SESSION, ZHAO))
                .expectEvents(new RepWaitlistedEvent(SESSION, COURSE, ZHAO, 2))
                .expectResultMessagePayload(new EnrollmentOutcome(SessionIds.enrollmentOf(SESSION, ZHAO),
                        EnrollmentStatus.WAITLISTED, 2));
    }

    @Test
    void enrollingTwiceIsAConflictNamingTheEnrolment() {
        fixture.given(SCHEDULED, enrolled(ZHANG), enrolled(LI), new RepWaitlistedEvent(SESSION, COURSE, WANG, 1))
                .when(new EnrolRepCommand(SESSION, WANG))
                .expectNoEvents()
                .expectException(naming(SessionIds.enrollmentOf(SESSION, WANG)));
        fixture.given(SCHEDULED, enrolled(ZHANG))
                .when(new EnrolRepCommand(SESSION, ZHANG))
                .expectNoEvents()
                .expectException(naming(SessionIds.enrollmentOf(SESSION, ZHANG)));
    }

    @Test
    void enrolmentsAndCompletionsHaveIdsOfTheirOwnPerRepAndSession() {
        org.assertj.core.api.Assertions.assertThat(SessionIds.enrollmentOf(SESSION, ZHANG))
                .isEqualTo(SessionIds.enrollmentOf(SESSION, ZHANG))
                .isNotEqualTo(SessionIds.enrollmentOf(SESSION, LI))
                .isNotEqualTo(SessionIds.completionOf(SESSION, ZHANG))
                .isNotEqualTo(ZHANG);
    }

    @Test
    void aWithdrawalFreesTheSeatForTheFirstWaiting() {
        fixture.given(SCHEDULED, enrolled(ZHANG), enrolled(LI), new RepWaitlistedEvent(SESSION, COURSE, WANG, 1),
                        new RepWaitlistedEvent(SESSION, COURSE, ZHAO, 2))
                .when(new WithdrawEnrollmentCommand(SESSION, LI))
                .expectEvents(new EnrollmentWithdrawnEvent(SESSION, COURSE, LI, false),
                        new RepPromotedFromWaitingListEvent(SESSION, COURSE, WANG));
    }

    @Test
    void theNextWithdrawalPromotesTheNextInLine() {
        fixture.given(SCHEDULED, enrolled(ZHANG), enrolled(LI), new RepWaitlistedEvent(SESSION, COURSE, WANG, 1),
                        new RepWaitlistedEvent(SESSION, COURSE, ZHAO, 2),
                        new EnrollmentWithdrawnEvent(SESSION, COURSE, LI, false),
                        new RepPromotedFromWaitingListEvent(SESSION, COURSE, WANG))
                .when(new WithdrawEnrollmentCommand(SESSION, WANG))
                .expectEvents(new EnrollmentWithdrawnEvent(SESSION, COURSE, WANG, false),
                        new RepPromotedFromWaitingListEvent(SESSION, COURSE, ZHAO));
    }

    @Test
    void leavingTheWaitingListPromotesNobody() {
        fixture.given(SCHEDULED, enrolled(ZHANG), enrolled(LI), new RepWaitlistedEvent(SESSION, COURSE, WANG, 1))
                .when(new WithdrawEnrollmentCommand(SESSION, WANG))
                .expectEvents(new EnrollmentWithdrawnEvent(SESSION, COURSE, WANG, true));
    }

    @Test
    void aWithdrawalWithNobodyWaitingOnlyFreesTheSeat() {
        fixture.given(SCHEDULED, enrolled(ZHANG))
                .when(new WithdrawEnrollmentCommand(SESSION, ZHANG))
                .expectEvents(new EnrollmentWithdrawnEvent(SESSION, COURSE, ZHANG, false));
    }

    @Test
    void withdrawingWithoutAnEnrolmentOrAfterAttendingIsAConflict() {
        fixture.given(SCHEDULED)
                .when(new WithdrawEnrollmentCommand(SESSION, ZHANG))
                .expectNoEvents()
                .expectException(RuleViolationException.class);
        fixture.given(SCHEDULED, enrolled(ZHANG), attended(ZHANG))
                .when(new WithdrawEnrollmentCommand(SESSION, ZHANG))
                .expectNoEvents()
                .expectException(RuleViolationException.class);
    }

    @Test
    void recordsAttendanceOnceForEachSeatedRep() {
        fixture.given(SCHEDULED, enrolled(ZHANG), enrolled(LI), attended(ZHANG))
                .when(new RecordAttendanceCommand(SESSION, List.of(ZHANG, LI, LI)))
                .expectEvents(attended(LI));
    }

    @Test
    void attendanceOfARepWithoutASeatIsRejected() {
        fixture.given(SCHEDULED, enrolled(ZHANG), enrolled(LI), new RepWaitlistedEvent(SESSION, COURSE, WANG, 1))
                .when(new RecordAttendanceCommand(SESSION, List.of(ZHANG, WANG)))
                .expectNoEvents()
                .expectException(rejectedOn("repIds"));
        fixture.given(SCHEDULED)
                .when(new RecordAttendanceCommand(SESSION, List.of()))
                .expectNoEvents()
                .expectException(rejectedOn("repIds"));
    }

    @Test
    void aPassingScoreCompletesTheCourseAndCertifiesUntilTheExpiry() {
        LocalDate completedOn = LocalDate.of(2027, 3, 16);
        fixture.given(SCHEDULED, enrolled(ZHANG), attended(ZHANG))
                .when(new RecordCompletionCommand(SESSION, ZHANG, 70, completedOn))
                .expectEvents(
                        new CourseCompletedEvent(SESSION, COURSE, ZHANG, CourseCategory.NEGOTIATION, 70, 70, true,
                                completedOn),
                        new CertificationGrantedEvent(SessionIds.certificationOf(ZHANG, COURSE), SESSION,
                                COURSE, ZHANG, CourseCategory.NEGOTIATION, 70, completedOn, LocalDate.of(2029, 3, 16)))
                .expectResultMessagePayload(new CompletionOutcome(SessionIds.completionOf(SESSION, ZHANG), true, SessionIds.certificationOf(ZHANG, COURSE),
                        LocalDate.of(2029, 3, 16)));
    }

    @Test
    void aFailingScoreCompletesWithoutCertificationAndDefaultsToToday() {
        fixture.given(SCHEDULED, enrolled(ZHANG), attended(ZHANG))
                .when(new RecordCompletionCommand(SESSION, ZHANG, 69, null))
                .expectEvents(new CourseCompletedEvent(SESSION, COURSE, ZHANG, CourseCategory.NEGOTIATION, 69, 70,
                        false, TODAY))
                .expectResultMessagePayload(new CompletionOutcome(SessionIds.completionOf(SESSION, ZHANG), false,
                        null, null));
    }

    @Test
    void theCertificationOfARepAndCourseKeepsItsIdAcrossSessions() {
        org.assertj.core.api.Assertions.assertThat(SessionIds.certificationOf(ZHANG, COURSE))
                .isEqualTo(SessionIds.certificationOf(ZHANG, COURSE))
                .isNotEqualTo(SessionIds.certificationOf(LI, COURSE));
    }

    @Test
    void completionNeedsAttendanceAndHappensOnce() {
        fixture.given(SCHEDULED, enrolled(ZHANG))
                .when(new RecordCompletionCommand(SESSION, ZHANG, 90, TODAY))
                .expectNoEvents()
                .expectException(RuleViolationException.class);
        fixture.given(SCHEDULED, enrolled(ZHANG), attended(ZHANG),
                        new CourseCompletedEvent(SESSION, COURSE, ZHANG, CourseCategory.NEGOTIATION, 50, 70, false,
                                TODAY))
                .when(new RecordCompletionCommand(SESSION, ZHANG, 90, TODAY))
                .expectNoEvents()
                .expectException(naming(SessionIds.completionOf(SESSION, ZHANG)));
    }

    @Test
    void rejectsAScoreOrDateOutOfRange() {
        expectCompletionRejected(new RecordCompletionCommand(SESSION, ZHANG, 101, TODAY), "score");
        expectCompletionRejected(new RecordCompletionCommand(SESSION, ZHANG, -1, TODAY), "score");
        expectCompletionRejected(new RecordCompletionCommand(SESSION, ZHANG, null, TODAY), "score");
        expectCompletionRejected(new RecordCompletionCommand(SESSION, ZHANG, 80, TODAY.plusDays(1)), "completedOn");
        expectCompletionRejected(new RecordCompletionCommand(SESSION, ZHANG, 80, LocalDate.of(2027, 3, 14)),
                "completedOn");
    }

    private void expectCompletionRejected(RecordCompletionCommand command, String field) {
        fixture.given(SCHEDULED, enrolled(ZHANG), attended(ZHANG))
                .when(command)
                .expectNoEvents()
                .expectException(rejectedOn(field));
    }

    private void expectRejected(ScheduleSessionCommand command, String field) {
        fixture.givenNoPriorActivity().when(command).expectNoEvents().expectException(rejectedOn(field));
    }

    /** A 409 already-exists naming the existing enrolment or completion. */
    private static Matcher<AlreadyExistsException> naming(String existingId) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(AlreadyExistsException duplicate) {
                return duplicate.existingId().filter(existingId::equals).isPresent();
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("already exists, naming ").appendValue(existingId);
            }
        };
    }

    private static RepEnrolledEvent enrolled(String repId) {
        return new RepEnrolledEvent(SESSION, COURSE, repId);
    }

    private static SessionAttendedEvent attended(String repId) {
        return new SessionAttendedEvent(SESSION, COURSE, repId, HOURS);
    }
}
