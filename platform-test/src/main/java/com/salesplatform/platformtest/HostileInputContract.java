package com.salesplatform.platformtest;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesplatform.platformtest.HostileInputCorpus.Probe;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The hostile-input corpus ({@link HostileInputCorpus}, ADR 0013) sent, as ADMIN, to every operation of the
 * service's own OpenAPI document: no probe may be answered with a 5xx. And every list that can answer CSV has
 * exactly the columns its JSON schema names. A service's test extends this and carries
 * {@link ServiceIntegrationTest}; the probes per category are printed.
 */
public abstract class HostileInputContract {

    @LocalServerPort
    private int port;

    private HostileInputCorpus corpus;

    @BeforeEach
    void readTheOpenApiDocument() {
        var answer = ApiClient.onPort(port).get("/v3/api-docs");
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        corpus = new HostileInputCorpus(answer.json());
    }

    @Test
    void noOperationAnswersHostileInputWithAServerError() {
        Map<String, Integer> probes = new TreeMap<>();
        List<String> serverErrors = new ArrayList<>();
        ApiClient api = ApiClient.onPort(port).as(TestTokens.admin());
        for (Probe probe : corpus.probes()) {
            probes.merge(probe.category(), 1, Integer::sum);
            ApiClient.Response response = send(api, probe);
            if (response.status() >= 500) {
                serverErrors.add(probe.describe() + " -> " + response);
            }
        }
        System.out.println("Hostile input probes per category: " + probes);
        assertThat(probes).isNotEmpty();
        assertThat(serverErrors).as("probes answered with a server error").isEmpty();
    }

    @Test
    void everyListThatAnswersCsvHasExactlyTheColumnsOfItsJson() {
        List<String> mismatches = new ArrayList<>();
        Map<String, Integer> checked = new TreeMap<>();
        for (HostileInputCorpus.Operation operation : corpus.operations()) {
            var rows = operation.method().equals("get") ? operation.rowSchema() : null;
            if (rows == null) {
                continue;
            }
            var csv = ApiClient.onPort(port).as(TestTokens.admin()).get(operation.uri(), "text/csv");
            if (csv.status() != 200 || !csv.contentType().startsWith("text/csv")) {
                checked.merge("not answered as CSV with sample parameters (" + csv.status() + ")", 1, Integer::sum);
                continue;
            }
            checked.merge("compared", 1, Integer::sum);
            String headerLine = csv.body().substring(1).split("\r\n", 2)[0];
            Set<String> header = new TreeSet<>(List.of(headerLine.split(",", -1)));
            Set<String> columns = new TreeSet<>();
            operation.columns(rows, columns);
            if (!header.equals(columns)) {
                mismatches.add(operation.path() + ": CSV " + header + " but JSON " + columns);
            }
        }
        System.out.println("CSV lists checked: " + checked);
        assertThat(mismatches).isEmpty();
    }

    private static ApiClient.Response send(ApiClient api, Probe probe) {
        String body = String.valueOf(probe.body());
        return switch (probe.method()) {
            case "get" -> api.get(probe.uri());
            case "delete" -> api.delete(probe.uri());
            case "put" -> api.put(probe.uri(), body);
            default -> api.post(probe.uri(), body);
        };
    }
}
