package com.salesplatform.performance.promotion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.salesplatform.performance.lookup.InboundEvents;
import com.salesplatform.platformtest.ApiClient;
import com.salesplatform.platformtest.ServiceIntegrationTest;
import com.salesplatform.platformtest.TestTokens;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Two consecutive finalised A ratings and the next grade's certifications make a rep ready for promotion. */
@ServiceIntegrationTest
class PromotionReadinessIT {

    @LocalServerPort
    private int port;
    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void readyOnlyWithTwoConsecutiveAsAndTheRequiredCertification() {
        ApiClient admin = ApiClient.onPort(port).as(TestTokens.admin());
        String team = admin.post("/api/teams", "{\"name\":\"华中" + UUID.randomUUID().toString().substring(0, 8)
                + "\"}").json().path("id").asText();
        String rep = admin.post("/api/reps", """
                {"name":"王芳","teamId":"%s","grade":2,"hiredOn":"2024-03-01"}""".formatted(team))
                .json().path("id").asText();
        ApiClient manager = ApiClient.onPort(port).as(TestTokens.manager(UUID.randomUUID().toString(), team));
        ApiClient self = ApiClient.onPort(port).as(TestTokens.rep(rep, team));

        finaliseAnA(rep, "2026-08", manager, self);
        JsonNode oneA = self.get("/api/reps/" + rep + "/promotion-readiness").json();
        assertThat(oneA.path("ready").asBoolean()).isFalse();
        assertThat(oneA.path("twoConsecutiveARatings").asBoolean()).isFalse();

        finaliseAnA(rep, "2026-09", manager, self);
        JsonNode twoAs = self.get("/api/reps/" + rep + "/promotion-readiness").json();
        assertThat(twoAs.path("twoConsecutiveARatings").asBoolean()).isTrue();
        assertThat(twoAs.path("nextGrade").asInt()).isEqualTo(3);
        assertThat(twoAs.path("missingCertifications").get(0).asText()).isEqualTo("SALES_SKILLS");
        assertThat(twoAs.path("ready").asBoolean()).isFalse();

        InboundEvents.certificationGranted(rep, "SALES_SKILLS", "2026-10-01");
        await().atMost(Duration.ofSeconds(30)).until(() -> self.get("/api/reps/" + rep + "/promotion-readiness")
                .json().path("ready").asBoolean());
        assertThat(ApiClient.onPort(port).as(TestTokens.rep(UUID.randomUUID().toString(), team))
                .get("/api/reps/" + rep + "/promotion-readiness").status()).isEqualTo(404);
    }

    private void finaliseAnA(String rep, String period, ApiClient manager, ApiClient self) {
        InboundEvents.targetSet(rep, "REVENUE", period, "10000.00");
        InboundEvents.targetSet(rep, "VISITS", period, "1");
        InboundEvents.orderConfirmed(UUID.randomUUID().toString(), rep, "12000.00", period + "-10T10:00:00Z");
        InboundEvents.customerEvent("CommunicationLogged", rep, period + "-11T10:00:00Z", InboundEvents.data());
        InboundEvents.customerEvent("SatisfactionRecorded", rep, period + "-12T10:00:00Z",
                InboundEvents.data().put("score", 5));
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM fact_customer_activity WHERE rep_id = ? AND occurred_at >= ?::timestamptz",
                Long.class, rep, period + "-01T00:00:00Z") >= 2 && jdbc.queryForObject(
                "SELECT count(*) FROM fact_target WHERE owner_id = ? AND period = ?", Long.class, rep, period) == 2
                && jdbc.queryForObject(
                        "SELECT count(*) FROM fact_booking WHERE rep_id = ? AND confirmed_at >= ?::timestamptz",
                        Long.class, rep, period + "-01T00:00:00Z") >= 1);
        String id = manager.post("/api/appraisals", "{\"repId\":\"%s\",\"period\":\"%s\"}".formatted(rep, period))
                .json().path("id").asText();
        assertThat(manager.post("/api/appraisals/" + id + "/review",
                "{\"processAdherence\":5,\"teamwork\":5,\"learning\":5,\"feedback\":\"优秀\"}").status()).isEqualTo(204);
        assertThat(self.post("/api/appraisals/" + id + "/acknowledgement", "{}").status()).isEqualTo(204);
        assertThat(manager.post("/api/appraisals/" + id + "/finalization", "{}").status()).isEqualTo(204);
        assertThat(self.get("/api/appraisals/" + id).json().path("rating").asText()).isEqualTo("A");
    }
}
