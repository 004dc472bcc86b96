package com.salesplatform.training;

import static com.salesplatform.training.TrainingApi.newId;
import static com.salesplatform.training.TrainingApi.texts;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.salesplatform.platformtest.ApiClient;
import com.salesplatform.platformtest.Contracts;
import com.salesplatform.platformtest.IdempotentRetries;
import com.salesplatform.platformtest.ServiceIntegrationTest;
import com.salesplatform.platformtest.TestTokens;
import com.salesplatform.platformtest.TopicProbe;
import com.salesplatform.platformtest.TopicProbes;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Courses, sessions, the waiting list, assessment and certification end to end: over HTTP into the event store,
 * onto {@code sales.training.events} as the contracts say, and into the rep's training record.
 */
@ServiceIntegrationTest
class TrainingIT {

    private static final String TOPIC = "sales.training.events";

    @LocalServerPort
    private int port;
    @Autowired
    private JdbcTemplate jdbc;

    private TrainingApi api;

    @RegisterExtension
    final TopicProbes topics = new TopicProbes();

    private TopicProbe probe;

    @BeforeEach
    void setUp() {
        api = new TrainingApi(port, jdbc);
        probe = topics.on(TOPIC);
    }

    @Test
    void aRetriedCourseWithTheSameIdempotencyKeyIsCreatedOnce() {
        String course = """
                {"title":"%s","category":"NEGOTIATION","format":"INTERNAL","durationHours":8,"passMark":70,
                 "certificationValidMonths":12}""";
        var first = IdempotentRetries.createOnce(api.as(TestTokens.admin()), "/api/courses",
                course.formatted("客户关系管理"), course.formatted("客户关系管理进阶"),
                IdempotentRetries.eventsOf(jdbc, "Course"));
        assertThat(api.storedEventsOf(first.json().path("id").asText())).isEqualTo(1);
    }

    @Test
    void concurrentEnrolmentsNeverExceedTheCapacityAndAWithdrawalPromotesTheFirstWaiting() throws Exception {
        String course = api.course("大客户谈判技巧", 70, 24);
        String session = api.session(course, "2027-03-15T01:30:00Z", 3);
        List<String> reps = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            reps.add(newId());
        }
        List<JsonNode> answers = enrolAllAtOnce(session, reps);

        assertThat(answers).extracting(answer -> answer.path("status").asText())
                .filteredOn("ENROLLED"::equals).hasSize(3);
        assertThat(answers).extracting(answer -> answer.path("waitingListPosition").asInt())
                .filteredOn(position -> position > 0).containsExactlyInAnyOrder(1, 2, 3, 4, 5);
        JsonNode view = api.as(TestTokens.admin()).get("/api/sessions/" + session).json();
        List<String> seated = texts(view.path("enrolledRepIds"));
        List<String> waiting = texts(view.path("waitingListRepIds"));
        assertThat(seated).hasSize(3);
        assertThat(waiting).hasSize(5);
        assertThat(seated).doesNotContainAnyElementsOf(waiting);
        for (JsonNode answer : answers) {
            String repId = answer.path("repId").asText();
            assertThat(answer.path("id").asText()).as("an enrolment's own id").isNotEqualTo(repId);
            JsonNode enrolment = api.as(TestTokens.rep(repId, null))
                    .get("/api/sessions/" + session + "/enrollments/" + answer.path("id").asText()).json();
            assertThat(enrolment.path("repId").asText()).isEqualTo(repId);
            assertThat(enrolment.path("status").asText()).isEqualTo(answer.path("status").asText());
            assertThat(enrolment.path("waitingListPosition").asInt())
                    .isEqualTo(waiting.indexOf(repId) + 1).isEqualTo(answer.path("waitingListPosition").asInt());
        }

        String leaving = seated.get(1);
        ApiClient.Response withdrawal = api.as(TestTokens.rep(leaving, null))
                .post("/api/sessions/" + session + "/withdrawals", "");
        assertThat(withdrawal.status()).as(withdrawal.toString()).isEqualTo(204);
        assertThat(record(leaving, TestTokens.rep(leaving, null)).path("sessions")).isEmpty();

        JsonNode after = api.as(TestTokens.admin()).get("/api/sessions/" + session).json();
        assertThat(texts(after.path("enrolledRepIds"))).hasSize(3).doesNotContain(leaving).contains(waiting.get(0));
        assertThat(texts(after.path("waitingListRepIds"))).containsExactlyElementsOf(waiting.subList(1, 5));
        String leavingEnrolment = answers.stream().filter(answer -> answer.path("repId").asText().equals(leaving))
                .findFirst().orElseThrow().path("id").asText();
        assertThat(api.as(TestTokens.rep(leaving, null))
                .get("/api/sessions/" + session + "/enrollments/" + leavingEnrolment).status())
                .as("a withdrawn enrolment is gone").isEqualTo(404);

        JsonNode promoted = probe.awaitEnvelope(session, "RepPromotedFromWaitingList");
        Contracts.assertConforms("training", promoted);
        assertThat(promoted.path("data").path("repId").asText()).isEqualTo(waiting.get(0));
        Contracts.assertConforms("training", probe.awaitEnvelope(session, "RepWaitlisted"));
        Contracts.assertConforms("training", probe.awaitEnvelope(session, "EnrollmentWithdrawn"));
        Contracts.assertConforms("training", probe.awaitEnvelope(session, "SessionScheduled"));
        Contracts.assertConforms("training", probe.awaitEnvelope(course, "CourseCreated"));
    }

    @Test
    void aPassingAssessmentCertifiesUntilItsExpiryAndALaterPassRenewsIt() {
        String rep = newId();
        String course = api.course("合规销售", 70, 12);
        String old = api.session(course, "2023-01-10T01:00:00Z", 10);
        attendAndComplete(old, rep, 90, "2023-01-11");

        JsonNode expired = record(rep, TestTokens.rep(rep, null));
        assertThat(expired.path("certifications")).isEmpty();
        assertThat(expired.path("sessions").get(0).path("passed").asBoolean()).isTrue();

        String recent = api.session(course, daysAgo(60), 10);
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        ApiClient.Response failed = attendAndComplete(recent, rep, 60, null);
        assertThat(failed.status()).isEqualTo(201);
        assertThat(failed.location()).hasValue("/api/reps/" + rep + "/training-record");
        assertThat(failed.json().path("passed").asBoolean()).isFalse();
        assertThat(failed.json().path("certificationId").isMissingNode()).isTrue();
        assertThat(record(rep, TestTokens.rep(rep, null)).path("certifications")).isEmpty();

        String third = api.session(course, daysAgo(30), 10);
        JsonNode passed = attendAndComplete(third, rep, 88, today).json();
        assertThat(passed.path("passed").asBoolean()).isTrue();
        assertThat(passed.path("certificationExpiresOn").asText())
                .isEqualTo(LocalDate.now(ZoneOffset.UTC).plusMonths(12).toString());
        JsonNode renewed = record(rep, TestTokens.rep(rep, null));
        assertThat(renewed.path("certifications")).hasSize(1);
        JsonNode certification = renewed.path("certifications").get(0);
        assertThat(certification.path("courseTitle").asText()).isEqualTo("合规销售");
        assertThat(certification.path("score").asInt()).isEqualTo(88);
        assertThat(certification.path("grantedOn").asText()).isEqualTo(today);
        assertThat(certification.path("expiresOn").asText())
                .isEqualTo(LocalDate.now(ZoneOffset.UTC).plusMonths(12).toString());
        assertThat(renewed.path("sessions")).hasSize(3);
        assertThat(renewed.path("totalHours").decimalValue()).isEqualByComparingTo("24.00");

        JsonNode completed = probe.awaitEnvelopes(third, "CourseCompleted", 1).get(0);
        Contracts.assertConforms("training", completed);
        assertThat(completed.path("data").path("repId").asText()).isEqualTo(rep);
        assertThat(completed.path("data").path("passed").asBoolean()).isTrue();
        JsonNode granted = probe.awaitEnvelope(third, "CertificationGranted");
        Contracts.assertConforms("training", granted);
        assertThat(granted.path("data").path("certificationId").asText()).isEqualTo(certification.path("id").asText());
        Contracts.assertConforms("training", probe.awaitEnvelope(third, "SessionAttended"));
        assertThat(probe.seenFor(recent)).extracting(e -> e.path("type").asText()).doesNotContain("CertificationGranted");
    }

    @Test
    void externalTrainingCountsInTheRecordAndOnlyTheRepTheirManagerAndAdminsSeeIt() {
        String team = newId();
        String otherTeam = newId();
        String manager = newId();
        String rep = newId();
        api.joinRoster(team, manager, rep);

        String conference = api.created(TestTokens.rep(rep, team), "/api/external-trainings", """
                {"kind":"INDUSTRY_CONFERENCE","title":"2027 中国医疗器械博览会","organiser":"国药励展",
                 "attendedOn":"2025-04-11","hours":6.5}""");
        Contracts.assertConforms("training", probe.awaitEnvelope(conference, "ExternalTrainingRecorded"));
        assertThat(api.as(TestTokens.manager(manager, team)).get("/api/external-trainings/" + conference).json()
                .path("hours").decimalValue()).isEqualByComparingTo("6.50");
        assertThat(api.as(TestTokens.rep(newId(), team)).get("/api/external-trainings/" + conference).status())
                .isEqualTo(404);

        JsonNode own = record(rep, TestTokens.rep(rep, team));
        assertThat(own.path("externalTrainings").get(0).path("title").asText()).isEqualTo("2027 中国医疗器械博览会");
        assertThat(own.path("totalHours").decimalValue()).isEqualByComparingTo("6.50");
        assertThat(record(rep, TestTokens.manager(manager, team)).path("repId").asText()).isEqualTo(rep);
        assertThat(record(rep, TestTokens.admin()).path("repId").asText()).isEqualTo(rep);

        String path = "/api/reps/" + rep + "/training-record";
        assertThat(api.as(TestTokens.rep(newId(), team)).get(path).status()).isEqualTo(404);
        assertThat(api.as(TestTokens.manager(newId(), otherTeam)).get(path).status()).isEqualTo(404);
        assertThat(api.as(TestTokens.rep(newId(), team)).post("/api/external-trainings", """
                {"repId":"%s","kind":"SEMINAR","title":"研讨会","organiser":"协会","attendedOn":"2025-04-11",
                 "hours":2}""".formatted(rep)).status()).isEqualTo(403);
        assertThat(api.as(TestTokens.manager(manager, team)).post("/api/external-trainings", """
                {"repId":"%s","kind":"SEMINAR","title":"客户成功研讨会","organiser":"协会","attendedOn":"2025-05-11",
                 "hours":2}""".formatted(rep)).status()).isEqualTo(201);
    }

    @Test
    void aManagerRecordsAttendanceAndResultsOnlyForTheirTeamsRepsNeverForThemself() {
        String team = newId();
        String manager = newId();
        String rep = newId();
        api.joinRoster(team, manager, rep, manager);
        String otherTeam = newId();
        String otherRep = newId();
        api.joinRoster(otherTeam, newId(), otherRep);
        String managerToken = TestTokens.manager(manager, team);
        String session = api.session(api.course("团队销售辅导", 60, 24), daysAgo(2), 10);
        for (String learner : List.of(rep, otherRep, manager)) {
            assertThat(api.enrol(session, learner).status()).isEqualTo(201);
        }
        long stored = api.storedEventsOf(session);

        for (String refused : List.of("[\"" + otherRep + "\"]", "[\"" + rep + "\",\"" + otherRep + "\"]",
                "[\"" + manager + "\"]")) {
            ApiClient.Response attendance = api.as(managerToken).post("/api/sessions/" + session + "/attendance",
                    "{\"repIds\":" + refused + "}");
            assertThat(attendance.status()).as("attendance of %s: %s", refused, attendance).isEqualTo(403);
        }
        for (String refused : List.of(otherRep, manager)) {
            ApiClient.Response completion = api.as(managerToken).post("/api/sessions/" + session + "/completions",
                    "{\"repId\":\"%s\",\"score\":95}".formatted(refused));
            assertThat(completion.status()).as("completion of %s: %s", refused, completion).isEqualTo(403);
        }
        assertThat(api.storedEventsOf(session)).as("nothing stored by the refusals").isEqualTo(stored);

        assertThat(api.as(managerToken).post("/api/sessions/" + session + "/attendance",
                "{\"repIds\":[\"" + rep + "\"]}").status()).isEqualTo(204);
        ApiClient.Response completion = api.as(managerToken).post("/api/sessions/" + session + "/completions",
                "{\"repId\":\"%s\",\"score\":90}".formatted(rep));
        assertThat(completion.status()).isEqualTo(201);
        assertThat(completion.json().path("repId").asText()).isEqualTo(rep);
        assertThat(completion.json().path("id").asText()).as("a completion's own id").isNotEqualTo(rep);
        ApiClient.Response again = api.as(managerToken).post("/api/sessions/" + session + "/completions",
                "{\"repId\":\"%s\",\"score\":91}".formatted(rep));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().path("existingCompletionId").asText()).isEqualTo(completion.json().path("id").asText());
        assertThat(api.as(TestTokens.admin()).post("/api/sessions/" + session + "/attendance",
                "{\"repIds\":[\"" + otherRep + "\",\"" + manager + "\"]}").status()).isEqualTo(204);
        assertThat(api.as(TestTokens.admin()).post("/api/sessions/" + session + "/completions",
                "{\"repId\":\"%s\",\"score\":95}".formatted(manager)).status()).as("a manager's own: ADMIN")
                .isEqualTo(201);
        probe.awaitEnvelope(session, "CertificationGranted");
        assertThat(probe.awaitEnvelopes(session, "CourseCompleted", 2))
                .extracting(event -> event.path("data").path("repId").asText()).containsExactlyInAnyOrder(rep, manager);
    }

    @Test
    void onlyManagersAndAdminsRunTheProgramme() {
        String rep = newId();
        String token = TestTokens.rep(rep, null);
        assertThat(api.as(token).post("/api/courses", """
                {"title":"t","category":"CRM_TOOLS","format":"EXTERNAL","durationHours":1}""").status())
                .isEqualTo(403);
        String course = api.created(TestTokens.manager(newId(), newId()), "/api/courses", """
                {"title":"CRM 工具入门","category":"CRM_TOOLS","format":"EXTERNAL","durationHours":1.5}""");
        assertThat(api.as(token).get("/api/courses/" + course).json().path("passMark").asInt()).isEqualTo(60);
        assertThat(api.as(token).post("/api/courses/" + course + "/sessions", """
                {"startsAt":"2027-03-15T01:30:00Z","trainer":"陈老师","capacity":5}""").status()).isEqualTo(403);
        String session = api.session(course, daysAgo(1), 5);
        String enrolment = api.enrol(session, rep).json().path("id").asText();
        ApiClient.Response again = api.enrol(session, rep);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().path("type").asText()).endsWith("/already-exists");
        assertThat(again.json().path("existingEnrollmentId").asText()).isEqualTo(enrolment);
        assertThat(api.as(TestTokens.token(newId(), null, "INTEGRATION"))
                .post("/api/sessions/" + session + "/enrollments", "").status()).isEqualTo(403);
        assertThat(api.as(token).post("/api/sessions/" + session + "/attendance",
                "{\"repIds\":[\"" + rep + "\"]}").status()).isEqualTo(403);
        assertThat(api.as(token).post("/api/sessions/" + session + "/withdrawals",
                "{\"repId\":\"" + newId() + "\"}").status())
                .isEqualTo(403);
        assertThat(api.as(token).post("/api/sessions/" + newId() + "/enrollments", "").status()).isEqualTo(404);
        assertThat(api.as(TestTokens.admin()).post("/api/sessions/" + session + "/completions", """
                {"repId":"%s","score":80}""".formatted(rep)).status()).isEqualTo(409);
    }

    @Test
    void rejectedInputStoresNothingAndPublishesNothing() {
        String badCourse = newId();
        String badSession = newId();
        String course = api.course("市场趋势", 60, 24);
        ApiClient.Response noTitle = api.as(TestTokens.admin()).post("/api/courses", """
                {"id":"%s","title":" ","category":"MARKET_TRENDS","format":"INTERNAL","durationHours":2}"""
                .formatted(badCourse));
        assertThat(noTitle.status()).isEqualTo(400);
        assertThat(noTitle.json().path("errors").get(0).path("field").asText()).isEqualTo("title");
        ApiClient.Response noSeats = api.as(TestTokens.admin()).post("/api/courses/" + course + "/sessions", """
                {"id":"%s","startsAt":"2027-03-15T01:30:00Z","trainer":"陈老师","capacity":0}""".formatted(badSession));
        assertThat(noSeats.status()).isEqualTo(400);
        assertThat(noSeats.json().path("errors").get(0).path("field").asText()).isEqualTo("capacity");
        ApiClient.Response unknownCourse = api.as(TestTokens.admin()).post("/api/courses/" + newId() + "/sessions",
                """
                {"id":"%s","startsAt":"2027-03-15T01:30:00Z","trainer":"陈老师","capacity":3}""".formatted(badSession));
        assertThat(unknownCourse.status()).isEqualTo(404);

        String later = api.session(course, "2027-03-15T01:30:00Z", 3);
        probe.awaitEnvelope(later, "SessionScheduled");
        for (String rejected : List.of(badCourse, badSession)) {
            assertThat(api.storedEventsOf(rejected)).as("events stored for %s", rejected).isZero();
            assertThat(probe.seenFor(rejected)).as("events published for %s", rejected).isEmpty();
        }
    }

    private ApiClient.Response attendAndComplete(String session, String rep, int score, String completedOn) {
        assertThat(api.enrol(session, rep).status()).isEqualTo(201);
        ApiClient.Response attended = api.as(TestTokens.admin()).post("/api/sessions/" + session + "/attendance",
                "{\"repIds\":[\"" + rep + "\"]}");
        assertThat(attended.status()).as(attended.toString()).isEqualTo(204);
        String date = completedOn == null ? "" : ",\"completedOn\":\"" + completedOn + "\"";
        ApiClient.Response completed = api.as(TestTokens.admin()).post(
                "/api/sessions/" + session + "/completions",
                "{\"repId\":\"%s\",\"score\":%d%s}".formatted(rep, score, date));
        assertThat(completed.status()).as(completed.toString()).isEqualTo(201);
        return completed;
    }

    private static String daysAgo(int days) {
        return Instant.now().minus(Duration.ofDays(days)).truncatedTo(ChronoUnit.SECONDS).toString();
    }

    private JsonNode record(String rep, String token) {
        ApiClient.Response response = api.as(token).get("/api/reps/" + rep + "/training-record");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private List<JsonNode> enrolAllAtOnce(String session, List<String> reps) throws Exception {
        ExecutorService callers = Executors.newFixedThreadPool(reps.size());
        try {
            List<Future<ApiClient.Response>> answers = new ArrayList<>();
            for (String rep : reps) {
                answers.add(callers.submit(() -> api.enrol(session, rep)));
            }
            List<JsonNode> bodies = new ArrayList<>();
            for (Future<ApiClient.Response> answer : answers) {
                ApiClient.Response response = answer.get(30, TimeUnit.SECONDS);
                assertThat(response.status()).as(response.toString()).isEqualTo(201);
                bodies.add(response.json());
            }
            return bodies;
        } finally {
            callers.shutdownNow();
        }
    }
}
