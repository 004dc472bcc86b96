package com.salesplatform.targets.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.salesplatform.platformtest.ApiClient;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/** The calls the targets integration tests make over real HTTP, and the store counts they check. */
public final class TargetsApi {

    private final int port;
    private final JdbcTemplate jdbc;

    public TargetsApi(int port, JdbcTemplate jdbc) {
        this.port = port;
        this.jdbc = jdbc;
    }

    public ApiClient as(String token) {
        return ApiClient.onPort(port).as(token);
    }

    /** Sets a REVENUE target and answers its id; fails the test unless it was created. */
    public String setTarget(String token, String scope, String ownerId, String period, String amount) {
        var created = as(token).post("/api/targets", targetBody(scope, ownerId, period, amount));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().path("id").asText();
    }

    public static String targetBody(String scope, String ownerId, String period, String amount) {
        return """
                {"scope":"%s",%s"period":"%s","metric":"REVENUE","amount":%s,
                 "specific":"华东区新签合同额","achievable":"2026 年实际 80 万，增长 25%%","relevant":"华东扩张战略"}"""
                .formatted(scope, ownerId == null ? "" : "\"ownerId\":\"" + ownerId + "\",", period, amount);
    }

    public static String allocations(String scope, String... ownerAndAmount) {
        List<String> entries = new ArrayList<>();
        for (int i = 0; i < ownerAndAmount.length; i += 2) {
            entries.add("{\"scope\":\"%s\",\"ownerId\":\"%s\",\"amount\":%s}"
                    .formatted(scope, ownerAndAmount[i], ownerAndAmount[i + 1]));
        }
        return "{\"allocations\":[" + String.join(",", entries) + "]}";
    }

    public static BigDecimal sum(JsonNode items, String field) {
        BigDecimal sum = BigDecimal.ZERO;
        for (JsonNode item : items) {
            sum = sum.add(item.path(field).decimalValue());
        }
        return sum;
    }

    public int eventsStoredFor(String aggregateId) {
        return jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?",
                Integer.class, aggregateId);
    }
}
