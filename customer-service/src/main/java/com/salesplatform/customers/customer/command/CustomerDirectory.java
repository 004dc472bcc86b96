package com.salesplatform.customers.customer.command;

import com.salesplatform.customers.customer.api.ContactAddedEvent;
import com.salesplatform.customers.customer.api.ContactErasedEvent;
import com.salesplatform.customers.customer.api.ContactInput;
import com.salesplatform.customers.customer.api.CustomerProfileUpdatedEvent;
import com.salesplatform.customers.customer.api.LeadRegisteredEvent;
import com.salesplatform.customers.customer.api.PersonalDataErasedEvent;
import com.salesplatform.customers.customer.api.SealedContact;
import com.salesplatform.customers.personaldata.ContactFingerprints;
import com.salesplatform.customers.personaldata.PersonalDataCipher;
import com.salesplatform.customers.personaldata.RevealedContact;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What the duplicate-lead rule compares a new lead with: every customer's folded name and keyed fingerprints
 * ({@link ContactFingerprints}, HMAC-SHA-256) of its contacts' phones and e-mails — never the values themselves. Kept
 * by a subscribing handler in the transaction that stores the event; a contact's fingerprints go when the contact or
 * the customer is erased, a B2C customer's name when the customer is; the fingerprints are made again from the event
 * store when the fingerprint key changes ({@link #rebuildFingerprints}).
 */
@Component
@ProcessingGroup(CustomerDirectory.PROCESSING_GROUP)
public class CustomerDirectory {

    public static final String PROCESSING_GROUP = "customer-directory";

    private static final Pattern BLANKS = Pattern.compile("\\s+");
    private static final Pattern NOT_DIGITS = Pattern.compile("\\D");

    private final JdbcTemplate jdbc;
    private final PersonalDataCipher cipher;
    private final ContactFingerprints fingerprints;

    CustomerDirectory(JdbcTemplate jdbc, PersonalDataCipher cipher, ContactFingerprints fingerprints) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.fingerprints = fingerprints;
    }

    /** The customer a new lead of this name and contact looks like, if any. */
    public Optional<String> findDuplicate(String name, ContactInput contact) {
        Optional<String> sameName = jdbc.queryForList(
                "SELECT customer_id FROM customer_directory WHERE name_key = ? ORDER BY customer_id LIMIT 1",
                String.class, nameKey(name)).stream().findFirst();
        if (sameName.isPresent() || contact == null) {
            return sameName;
        }
        List<String> wanted = fingerprintsOf(contact.phone(), contact.email());
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        return jdbc.queryForList("SELECT customer_id FROM customer_directory_contact WHERE fingerprint IN ("
                        + String.join(",", wanted.stream().map(f -> "?").toList())
                        + ") ORDER BY customer_id LIMIT 1", String.class, wanted.toArray())
                .stream().findFirst();
    }

    @EventHandler
    void on(LeadRegisteredEvent event) {
        jdbc.update("INSERT INTO customer_directory (customer_id, name_key) VALUES (?, ?) ON CONFLICT DO NOTHING",
                event.customerId(), nameKey(cipher.nameOf(event.customerId(), event.type(), event.name())));
        if (event.contact() != null) {
            recordContact(event.customerId(), event.contact());
        }
    }

    @EventHandler
    void on(CustomerProfileUpdatedEvent event) {
        jdbc.update("UPDATE customer_directory SET name_key = ? WHERE customer_id = ?",
                nameKey(cipher.nameOf(event.customerId(), event.type(), event.name())), event.customerId());
    }

    @EventHandler
    void on(ContactAddedEvent event) {
        recordContact(event.customerId(), event.contact());
    }

    @EventHandler
    void on(ContactErasedEvent event) {
        jdbc.update("DELETE FROM customer_directory_contact WHERE customer_id = ? AND contact_id = ?",
                event.customerId(), event.contactId());
    }

    /** A B2C customer's name was a person's: only its pseudonym is compared any more. */
    @EventHandler
    void on(PersonalDataErasedEvent event) {
        jdbc.update("DELETE FROM customer_directory_contact WHERE customer_id = ?", event.customerId());
        jdbc.update("UPDATE customer_directory SET name_key = ? WHERE customer_id = ? AND EXISTS (SELECT 1 FROM"
                        + " customer_summary s WHERE s.customer_id = ? AND s.type = 'B2C')",
                nameKey(PersonalDataCipher.pseudonym(event.customerId())), event.customerId(), event.customerId());
    }

    /** The customers with fingerprints made with another key than the current one (or plain SHA-256, schema V1). */
    List<String> customersWithStaleFingerprints(int limit) {
        return jdbc.queryForList("SELECT DISTINCT customer_id FROM customer_directory_contact"
                        + " WHERE key_id IS DISTINCT FROM ? ORDER BY customer_id LIMIT ?", String.class,
                fingerprints.keyId(), limit);
    }

    /** Makes one customer's fingerprints again, with the current key, from the customer's events in order. */
    void rebuildFingerprints(String customerId, List<?> events) {
        jdbc.update("DELETE FROM customer_directory_contact WHERE customer_id = ?", customerId);
        for (Object event : events) {
            if (event instanceof LeadRegisteredEvent registered && registered.contact() != null) {
                recordContact(customerId, registered.contact());
            } else if (event instanceof ContactAddedEvent added) {
                recordContact(customerId, added.contact());
            } else if (event instanceof ContactErasedEvent erased) {
                on(erased);
            } else if (event instanceof PersonalDataErasedEvent erased) {
                jdbc.update("DELETE FROM customer_directory_contact WHERE customer_id = ?", customerId);
            }
        }
    }

    private void recordContact(String customerId, SealedContact sealed) {
        RevealedContact contact = cipher.reveal(customerId, sealed);
        if (contact.erased()) {
            return;
        }
        for (String fingerprint : fingerprintsOf(contact.phone(), contact.email())) {
            jdbc.update("INSERT INTO customer_directory_contact (customer_id, fingerprint, key_id, contact_id)"
                    + " VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING", customerId, fingerprint, fingerprints.keyId(),
                    contact.id());
        }
    }

    /** "Acme  Trading" and " acme trading" are one name. */
    static String nameKey(String name) {
        return BLANKS.matcher(name.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }

    /** "+86 138-0000" and "861380000" are one phone, " Wang@Example.cn" and "wang@example.cn" one e-mail. */
    private List<String> fingerprintsOf(String phone, String email) {
        List<String> made = new ArrayList<>();
        if (phone != null && !NOT_DIGITS.matcher(phone).replaceAll("").isEmpty()) {
            made.add(fingerprints.of("phone:" + NOT_DIGITS.matcher(phone).replaceAll("")));
        }
        if (email != null && !email.isBlank()) {
            made.add(fingerprints.of("email:" + email.strip().toLowerCase(Locale.ROOT)));
        }
        return made;
    }
}
