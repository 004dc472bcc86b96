package com.salesplatform.customers.customer.command;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.salesplatform.customers.customer.api.CommunicationLoggedEvent;
import com.salesplatform.customers.customer.api.ComplaintOpenedEvent;
import com.salesplatform.customers.customer.api.ComplaintResolvedEvent;
import com.salesplatform.customers.customer.api.CustomerProfileUpdatedEvent;
import com.salesplatform.customers.customer.api.CustomerType;
import com.salesplatform.customers.customer.api.FollowUpCompletedEvent;
import com.salesplatform.customers.customer.api.FollowUpScheduledEvent;
import com.salesplatform.customers.customer.api.LeadRegisteredEvent;
import com.salesplatform.customers.customer.api.PersonalDataErasedEvent;
import com.salesplatform.customers.customer.api.SatisfactionRecordedEvent;
import com.salesplatform.customers.personaldata.PersonalDataCipher;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * At every start, seals in place the personal data that events of revision 1 stored in clear — a B2C customer's name
 * and the free texts — with the same cipher and keys as new events, and marks the rows revision 2: afterwards the
 * event store holds those values only sealed, and an erasure shreds them like any other. A value of a customer erased
 * after that event is not sealed but removed (the pseudonym for a name, nothing for a text), since its key is gone.
 * One customer per transaction; the events' shape is unchanged, so nothing else needs to know.
 */
@Component
public class LegacyPersonalDataSealing implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(LegacyPersonalDataSealing.class);
    private static final int BATCH = 200;
    private static final String NAMES = "name";
    private static final String ERASED = PersonalDataErasedEvent.class.getName();
    /** The fields revision 2 seals, by the stored payload type. */
    private static final Map<String, List<String>> SEALED = Map.of(
            LeadRegisteredEvent.class.getName(), List.of(NAMES),
            CustomerProfileUpdatedEvent.class.getName(), List.of(NAMES),
            CommunicationLoggedEvent.class.getName(), List.of("summary", "outcome", "nextStep"),
            FollowUpScheduledEvent.class.getName(), List.of("purpose"),
            FollowUpCompletedEvent.class.getName(), List.of("outcome"),
            SatisfactionRecordedEvent.class.getName(), List.of("comment"),
            ComplaintOpenedEvent.class.getName(), List.of("description"),
            ComplaintResolvedEvent.class.getName(), List.of("resolution"));

    private final JdbcTemplate jdbc;
    private final PersonalDataCipher cipher;
    private final ObjectMapper json;
    private final TransactionTemplate transaction;

    LegacyPersonalDataSealing(JdbcTemplate jdbc, PersonalDataCipher cipher, ObjectMapper json,
                              PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.json = json;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    @Override
    public void run(ApplicationArguments arguments) {
        sealAll();
    }

    /** @return how many customers' events it sealed */
    public int sealAll() {
        String types = String.join(",", SEALED.keySet().stream().map(type -> "'" + type + "'").toList());
        int total = 0;
        List<String> customers;
        while (!(customers = jdbc.queryForList("SELECT DISTINCT aggregate_identifier FROM domain_event_entry"
                + " WHERE payload_revision = '1' AND payload_type IN (" + types + ") LIMIT ?", String.class,
                BATCH)).isEmpty()) {
            customers.forEach(customerId -> transaction.executeWithoutResult(status -> seal(customerId)));
            total += customers.size();
        }
        if (total > 0) {
            LOG.info("Sealed the personal data stored in clear by revision-1 events of {} customers", total);
        }
        return total;
    }

    private void seal(String customerId) {
        record Row(long globalIndex, String type, String revision, byte[] payload) {
        }
        List<Row> rows = jdbc.query("SELECT global_index, payload_type, payload_revision, payload FROM"
                        + " domain_event_entry WHERE aggregate_identifier = ? ORDER BY sequence_number FOR UPDATE",
                (rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBytes(4)), customerId);
        long erasuresInAll = rows.stream().filter(row -> row.type().equals(ERASED)).count();
        int erasures = 0;
        for (Row row : rows) {
            if (row.type().equals(ERASED)) {
                erasures++;
                continue;
            }
            List<String> fields = SEALED.getOrDefault(row.type(), List.of());
            if (fields.isEmpty() || !"1".equals(row.revision())) {
                continue;
            }
            boolean erasedSince = erasures < erasuresInAll;
            ObjectNode payload = read(row.payload());
            for (String field : fields) {
                if (!payload.path(field).isTextual()) {
                    continue;
                }
                String clear = payload.path(field).asText();
                if (field.equals(NAMES)) {
                    if (CustomerType.B2C.name().equals(payload.path("type").asText())) {
                        payload.put(field, erasedSince ? PersonalDataCipher.pseudonym(customerId)
                                : cipher.sealText(customerId, PersonalDataCipher.customerKeyRef(erasures), clear));
                    }
                } else if (erasedSince) {
                    payload.putNull(field);
                } else {
                    payload.put(field, cipher.sealText(customerId, PersonalDataCipher.customerKeyRef(erasures), clear));
                }
            }
            jdbc.update("UPDATE domain_event_entry SET payload = ?, payload_revision = '2' WHERE global_index = ?",
                    write(payload), row.globalIndex());
        }
    }

    private ObjectNode read(byte[] payload) {
        try {
            return (ObjectNode) json.readTree(payload);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private byte[] write(ObjectNode payload) {
        try {
            return json.writeValueAsBytes(payload);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
