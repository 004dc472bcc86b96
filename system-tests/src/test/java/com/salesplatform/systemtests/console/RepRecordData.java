package com.salesplatform.systemtests.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.salesplatform.systemtests.Gateway;
import com.salesplatform.systemtests.Gateway.Response;

/**
 * What the rep's own record needs, made through the API as the manager and the admin would: an appraisal of rep1
 * that waits for the manager's review (opened, or appealed), and a training session next week with free seats.
 */
final class RepRecordData {

    final String appraisalId;
    final String sessionId;
    final String courseTitle;

    private RepRecordData(String appraisalId, String sessionId, String courseTitle) {
        this.appraisalId = appraisalId;
        this.sessionId = sessionId;
        this.courseTitle = courseTitle;
    }

    static RepRecordData make(Gateway gateway) {
        String manager = gateway.token("manager", "manager");
        String admin = gateway.token("admin", "admin");
        String suffix = UUID.randomUUID().toString().substring(0, 8);

        String title = "浏览器测试课程 " + suffix;
        Response course = ConsoleData.create(gateway, "/api/courses", Map.of("title", title, "category", "SALES_SKILLS",
                "format", "INTERNAL", "durationHours", 2), admin);
        assertThat(course.status()).as("course: %s", course).isEqualTo(201);
        Response session = ConsoleData.create(gateway, "/api/courses/" + course.json().path("id").asText() + "/sessions",
                Map.of("startsAt", Instant.now().plus(7, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES).toString(),
                        "trainer", "王老师", "capacity", 10, "location", "上海培训室"), manager);
        assertThat(session.status()).as("session: %s", session).isEqualTo(201);

        return new RepRecordData(appraisalToReview(gateway, manager), session.json().path("id").asText(), title);
    }

    /**
     * rep1's appraisal of the first period (this month, this quarter, then earlier ones) that is not settled yet:
     * opened if there is none, appealed by rep1 if it is reviewed, so that it waits for the manager either way.
     * A period in which rep1 was not in the roster is refused (400) and skipped.
     */
    private static String appraisalToReview(Gateway gateway, String manager) {
        String rep = gateway.token("rep1", "rep1");
        for (String period : periods()) {
            Response opened = ConsoleData.create(gateway, "/api/appraisals",
                    Map.of("repId", ConsoleData.REP1, "period", period), manager);
            String id;
            if (opened.status() == 201) {
                id = opened.json().path("id").asText();
            } else if (opened.status() == 409 && opened.json().hasNonNull("existingAppraisalId")) {
                id = opened.json().path("existingAppraisalId").asText();
            } else {
                assertThat(opened.status()).as("open an appraisal of %s: %s", period, opened).isEqualTo(400);
                continue;
            }
            String status = gateway.get("/api/appraisals/" + id, manager).json().path("status").asText();
            if (status.equals("REVIEWED")) {
                Response appealed = gateway.post("/api/appraisals/" + id + "/appeal",
                        Map.of("reason", "拜访次数少算了两次"), rep);
                assertThat(appealed.status()).as("appeal: %s", appealed).isEqualTo(204);
                return id;
            }
            if (status.equals("OPEN") || status.equals("APPEALED")) return id;
        }
        throw new AssertionError("every period of rep1's last year has a settled appraisal");
    }

    private static List<String> periods() {
        YearMonth month = YearMonth.now(ConsoleData.COMPANY_ZONE);
        List<String> periods = new ArrayList<>();
        for (int back = 0; back < 12; back++) {
            YearMonth m = month.minusMonths(back);
            periods.add(m.toString());
            if (back % 3 == 0) periods.add(m.getYear() + "-Q" + ((m.getMonthValue() - 1) / 3 + 1));
        }
        return periods;
    }
}
