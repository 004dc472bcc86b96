package com.salesplatform.performance.lookup;

import com.salesplatform.performance.payout.api.PayoutCalculatedEvent;
import com.salesplatform.performance.payout.api.PayoutLine;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Every payout line of every run, kept in the transaction that records it (subscribing), so a later run knows what
 * was paid for each earlier period. Team bonuses are shown but never adjusted, so they are left out of what was paid.
 */
@Component
@ProcessingGroup("payout-ledger")
public class PayoutLedger {

    private final JdbcTemplate jdbc;

    PayoutLedger(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(PayoutCalculatedEvent event) {
        List<PayoutLine> lines = event.lines();
        for (int i = 0; i < lines.size(); i++) {
            PayoutLine line = lines.get(i);
            jdbc.update("""
                            INSERT INTO payout_ledger (run_id, rep_id, line_no, kind, for_period, amount, run_cutoff)
                            VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""",
                    event.runId(), event.repId(), i, line.kind(), line.forPeriod(), line.amount(),
                    Timestamp.from(event.cutoff()));
        }
    }

    /** The rep's own earnings paid per period by runs before {@code cutoff}, other than {@code exceptPeriod}. */
    public List<PaidPeriod> paidBefore(String repId, Instant cutoff, String exceptPeriod) {
        return jdbc.query("""
                        SELECT for_period, SUM(amount) AS paid,
                               MIN(run_cutoff) FILTER (WHERE kind IN ('COMMISSION', 'TARGET_BONUS')) AS first_cutoff
                        FROM payout_ledger
                        WHERE rep_id = ? AND run_cutoff < ? AND for_period <> ? AND kind <> 'TEAM_BONUS'
                        GROUP BY for_period ORDER BY for_period""",
                (rs, row) -> new PaidPeriod(rs.getString("for_period"), rs.getBigDecimal("paid"),
                        rs.getTimestamp("first_cutoff") == null ? null : rs.getTimestamp("first_cutoff").toInstant()),
                repId, Timestamp.from(cutoff), exceptPeriod);
    }
}
