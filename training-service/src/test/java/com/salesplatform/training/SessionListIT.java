package com.salesplatform.training;

import static com.salesplatform.training.TrainingApi.newId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.salesplatform.platformtest.ApiClient;
import com.salesplatform.platformtest.ServiceIntegrationTest;
import com.salesplatform.platformtest.TestTokens;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** {@code GET /api/sessions}: the coming sessions, of one course or all, soonest first, paged; filters validated. */
@ServiceIntegrationTest
class SessionListIT {

    @LocalServerPort
    private int port;
    @Autowired
    private JdbcTemplate jdbc;

    private TrainingApi api;
    private final String rep = TestTokens.rep(newId(), null);

    @BeforeEach
    void setUp() {
        api = new TrainingApi(port, jdbc);
    }

    @Test
    void theComingSessionsOfACourseSoonestFirstAndFromADayOfTheCompanysCalendar() {
        String course = api.course("大客户谈判 " + newId().substring(0, 6), 60, 12);
        String other = api.course("产品知识 " + newId().substring(0, 6), 60, 12);
        String past = api.session(course, at(-3), 10);
        String inTen = api.session(course, at(10), 10);
        String inTwo = api.session(course, at(2), 10);
        String otherInFive = api.session(other, at(5), 10);
        await().atMost(Duration.ofSeconds(20)).until(() -> ids(list("?courseId=" + course + "&from=" + day(-5))).size() == 3);

        JsonNode coming = list("?courseId=" + course.toUpperCase());
        assertThat(ids(coming)).as("today on, soonest first").containsExactly(inTwo, inTen);
        assertThat(coming.path("totalItems").asLong()).isEqualTo(2);
        assertThat(coming.path("items").get(0).path("courseId").asText()).isEqualTo(course);
        assertThat(coming.path("items").get(0).path("capacity").asInt()).isEqualTo(10);
        assertThat(coming.path("items").get(0).path("enrolledRepIds")).isEmpty();
        assertThat(ids(list("?courseId=" + course + "&from=" + day(-5)))).containsExactly(past, inTwo, inTen);

        List<String> all = ids(list("?size=200"));
        assertThat(all).contains(inTwo, inTen, otherInFive).doesNotContain(past);
        assertThat(all.indexOf(inTwo)).isLessThan(all.indexOf(otherInFive));
        assertThat(all.indexOf(otherInFive)).isLessThan(all.indexOf(inTen));

        JsonNode first = list("?courseId=" + course + "&size=1");
        assertThat(ids(first)).containsExactly(inTwo);
        assertThat(first.path("totalPages").asInt()).isEqualTo(2);
        assertThat(ids(list("?courseId=" + course + "&size=1&page=1"))).containsExactly(inTen);
        assertThat(list("?courseId=" + newId()).path("totalItems").asLong()).as("an unknown course: nothing").isZero();

        ApiClient.Response csv = api.as(rep).get("/api/sessions?courseId=" + course, "text/csv");
        assertThat(csv.status()).as(csv.toString()).isEqualTo(200);
        assertThat(csv.body()).contains(inTwo, inTen);
    }

    @Test
    void malformedFiltersAreRejectedNamingTheParameter() {
        rejected("?from=2027-02-30", "from");
        rejected("?from=tomorrow", "from");
        rejected("?courseId=not-a-course", "courseId");
        rejected("?size=0", "size");
        rejected("?page=-1", "page");
    }

    private void rejected(String query, String field) {
        ApiClient.Response response = api.as(rep).get("/api/sessions" + query);
        assertThat(response.status()).as("%s: %s", query, response).isEqualTo(400);
        assertThat(response.json().path("errors").findValuesAsText("field")).as(query).contains(field);
    }

    private JsonNode list(String query) {
        ApiClient.Response response = api.as(rep).get("/api/sessions" + query);
        assertThat(response.status()).as("%s: %s", query, response).isEqualTo(200);
        return response.json();
    }

    private static List<String> ids(JsonNode page) {
        return page.path("items").findValuesAsText("id");
    }

    private static String at(int days) {
        return Instant.now().plus(Duration.ofDays(days)).truncatedTo(ChronoUnit.MINUTES).toString();
    }

    private static String day(int days) {
        return Instant.now().plus(Duration.ofDays(days)).atZone(ZoneId.of("Asia/Shanghai")).toLocalDate().toString();
    }
}
