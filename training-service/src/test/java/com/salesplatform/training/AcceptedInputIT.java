package com.salesplatform.training;

import static com.salesplatform.platformtest.Rejections.assertRejected;
import static com.salesplatform.training.TrainingApi.newId;
import static org.assertj.core.api.Assertions.assertThat;

import com.salesplatform.platformtest.ApiClient;
import com.salesplatform.platformtest.ServiceIntegrationTest;
import com.salesplatform.platformtest.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * ADR 0013 on the training API: NUL in text and in query parameters and dates beyond the accepted years are a 400
 * naming the field with nothing stored; an enrolment sent with a course's id is a 404, not a server error.
 */
@ServiceIntegrationTest
class AcceptedInputIT {

    @LocalServerPort
    private int port;
    @Autowired
    private JdbcTemplate jdbc;

    private TrainingApi api;

    @BeforeEach
    void setUp() {
        api = new TrainingApi(port, jdbc);
    }

    @Test
    void nulInAnArticlesTitleIsRefusedNamingTheFieldAndNothingIsStored() {
        String article = newId();
        var answer = api.as(TestTokens.rep(newId(), null)).post("/api/knowledge/articles", """
                {"id":"%s","title":"话术\\u0000开场","kind":"SALES_SCRIPT","body":"内容"}""".formatted(article));
        assertRejected(answer, "title");
        assertThat(api.storedEventsOf(article)).isZero();
    }

    @Test
    void nulInSearchParametersIsRefusedNamingTheParameter() {
        ApiClient rep = api.as(TestTokens.rep(newId(), null));
        assertRejected(rep.get("/api/knowledge/articles?q=%E8%AF%9D%00"), "q");
        assertRejected(rep.get("/api/knowledge/articles?tag=t%00"), "tag");
    }

    @Test
    void aSessionStartingBeyondTheAcceptedYearsIsRefusedNamingTheField() {
        String course = api.course("谈判基础", 60, 12);
        long events = api.storedEventsOf(course);
        assertRejected(api.as(TestTokens.admin()).post("/api/courses/" + course + "/sessions", """
                {"startsAt":"+1000000000-01-01T00:00:00Z","trainer":"陈老师","capacity":5,"location":"上海"}"""),
                "startsAt");
        assertThat(api.storedEventsOf(course)).isEqualTo(events);
    }

    @Test
    void anEnrolmentSentWithACoursesIdIsNotFoundAndChangesNothing() {
        String course = api.course("产品知识", 60, 12);
        long events = api.storedEventsOf(course);

        var answer = api.enrol(course, newId());

        assertThat(answer.status()).as(answer.toString()).isEqualTo(404);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(api.storedEventsOf(course)).isEqualTo(events);
    }

}
