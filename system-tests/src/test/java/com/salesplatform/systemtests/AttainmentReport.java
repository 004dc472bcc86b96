package com.salesplatform.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.salesplatform.systemtests.Gateway.Response;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/** Reads the target-attainment report through the gateway. */
final class AttainmentReport {

    private AttainmentReport() {
    }

    /**
     * Looks for the target in every page of the report. Works whether pages count from 0 or 1: it starts at the
     * page the server answers for a request without {@code page} and reads {@code totalPages} pages from there.
     */
    static Optional<JsonNode> find(Gateway gateway, String period, String targetId, String token,
                                   AtomicReference<String> lastSeen) {
        String query = "/api/reports/target-attainment?period=" + period + "&size=200";
        Response first = gateway.get(query, token);
        lastSeen.set(first.describe());
        assertThat(first.status()).as("attainment report: %s", first).isEqualTo(200);
        Optional<JsonNode> found = inPage(first.json(), targetId);
        int firstPage = first.json().path("page").asInt(0);
        int totalPages = first.json().path("totalPages").asInt(1);
        for (int page = firstPage + 1; found.isEmpty() && page < firstPage + totalPages && page < firstPage + 100; page++) {
            Response next = gateway.get(query + "&page=" + page, token);
            lastSeen.set(next.describe());
            assertThat(next.status()).as("attainment report page %d: %s", page, next).isEqualTo(200);
            found = inPage(next.json(), targetId);
        }
        return found;
    }

    private static Optional<JsonNode> inPage(JsonNode page, String targetId) {
        for (JsonNode item : page.path("items")) {
            if (targetId.equals(item.path("targetId").asText())) {
                return Optional.of(item);
            }
        }
        return Optional.empty();
    }
}
