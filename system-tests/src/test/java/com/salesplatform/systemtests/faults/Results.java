package com.salesplatform.systemtests.faults;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The suite's results table (docs/reliability.md), one row per scenario, written to target/faults-results.md. */
final class Results {

    private final List<String> rows = new ArrayList<>();
    private final String load;

    Results(String load) {
        this.load = load;
    }

    void add(String scenario, Ledger.Counts counts, Verification.Verdict verdict, double writesBackSeconds,
             double consistentSeconds) {
        rows.add(String.format(Locale.ROOT, "| %s | %s; %d requests | %d (%d so far) | %d | %d | %d | %d | %d "
                        + "| %.1f | %.1f |",
                scenario, load, counts.attempts(), counts.acknowledged(), verdict.acknowledged(), verdict.lost(),
                verdict.duplicated(), counts.otherServerErrors(), counts.unknown(), counts.refused(),
                writesBackSeconds, consistentSeconds));
    }

    String table() {
        return "| scenario | load | acknowledged | lost | duplicated | 5xx other than 503 and unknown outcomes "
                + "| unknown outcomes (502, 504, no answer), each resolved by a retry with its key | refused (503) "
                + "| writes back after (s) | every acknowledged write in every read model after (s) |\n"
                + "|---|---|---|---|---|---|---|---|---|---|\n"
                + String.join("\n", rows) + "\n";
    }

    void write() {
        try {
            Path file = Path.of("target", "faults-results.md");
            Files.createDirectories(file.getParent());
            Files.writeString(file, table(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            System.out.println("[FaultSuite] cannot write target/faults-results.md: " + e.getMessage());
        }
        System.out.println("[FaultSuite] results:\n" + table());
    }
}
