package com.salesplatform.reporting.attainment.measurement;

import com.salesplatform.reporting.attainment.TargetAttainment;
import com.salesplatform.reporting.attainment.TargetAttainmentReport;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Measures every open target with {@link TargetAttainmentReport} (the one place attainment is computed) and
 * publishes AttainmentMeasured for each whose actual or amount differs from what was last published. The last
 * publication per target is kept in {@code attainment_publication}, in the same transaction as the stored event.
 * Changes are published in transactions of at most {@code sales.reporting.attainment-measurement-batch} targets, so
 * a first start over many targets (or a long pause) never holds them all in one unit of work.
 */
@Component
public class AttainmentMeasurement {

    /**
     * The measurements of one target are a stream of their own in the event store (its id, numbered from 0), so
     * the published envelope is keyed and ordered by the target.
     */
    static final String AGGREGATE_TYPE = "TargetAttainment";

    private final TargetAttainmentReport report;
    private final JdbcTemplate jdbc;
    private final EventGateway events;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final int batchSize;

    AttainmentMeasurement(TargetAttainmentReport report, JdbcTemplate jdbc, EventGateway events, Clock clock,
                          TransactionTemplate transactions,
                          @Value("${sales.reporting.attainment-measurement-batch:200}") int batchSize) {
        this.report = report;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
        this.transactions = transactions;
        this.batchSize = batchSize;
    }

    /** Publishes the changed measurements, a batch per transaction; answers how many. */
    public int publishChanged() {
        Instant now = clock.instant();
        Map<String, Published> published = new HashMap<>();
        jdbc.query("SELECT target_id, amount, actual, sequence FROM attainment_publication", rs -> {
            published.put(rs.getString("target_id"), new Published(rs.getBigDecimal("amount"),
                    rs.getBigDecimal("actual"), rs.getLong("sequence")));
        });
        List<TargetAttainment> changed = report.openTargets(now).stream()
                .filter(target -> !unchanged(published.get(target.targetId()), target))
                .toList();
        for (int from = 0; from < changed.size(); from += batchSize) {
            List<TargetAttainment> batch = changed.subList(from, Math.min(from + batchSize, changed.size()));
            transactions.executeWithoutResult(status -> publish(batch, published, now));
        }
        return changed.size();
    }

    private void publish(List<TargetAttainment> batch, Map<String, Published> published, Instant now) {
        for (TargetAttainment target : batch) {
            Published last = published.get(target.targetId());
            long sequence = last == null ? 0 : last.sequence() + 1;
            events.publish(new GenericDomainEventMessage<>(AGGREGATE_TYPE, target.targetId(), sequence,
                    AttainmentMeasuredEvent.of(target, now)));
            jdbc.update("""
                    INSERT INTO attainment_publication (target_id, amount, actual, sequence, measured_at)
                    VALUES (?, ?, ?, ?, ?)
                    ON CONFLICT (target_id) DO UPDATE SET amount = EXCLUDED.amount, actual = EXCLUDED.actual,
                        sequence = EXCLUDED.sequence, measured_at = EXCLUDED.measured_at""",
                    target.targetId(), target.target(), target.actual(), sequence, Timestamp.from(now));
        }
    }

    private static boolean unchanged(Published published, TargetAttainment target) {
        return published != null && published.amount().compareTo(target.target()) == 0
                && published.actual().compareTo(target.actual()) == 0;
    }

    private record Published(BigDecimal amount, BigDecimal actual, long sequence) {
    }
}
