package com.salesplatform.customers.customer.command;

import com.salesplatform.customers.customer.api.ContactAddedEvent;
import com.salesplatform.customers.customer.api.ContactInput;
import com.salesplatform.customers.customer.api.CustomerProfileUpdatedEvent;
import com.salesplatform.customers.customer.api.LeadRegisteredEvent;
import com.salesplatform.customers.customer.api.PersonalDataErasedEvent;
import com.salesplatform.customers.customer.api.SealedContact;
import com.salesplatform.customers.personaldata.PersonalDataCipher;
import com.salesplatform.customers.personaldata.RevealedContact;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What the duplicate-lead rule compares a new lead with: every customer's folded name and fingerprints (SHA-256) of
 * its contacts' phones and e-mails — never the values themselves. Kept by a subscribing handler in the transaction
 * that stores the event; the fingerprints go when the personal data is erased.
 */
@Component
@ProcessingGroup(CustomerDirectory.PROCESSING_GROUP)
public class CustomerDirectory {

    public static final String PROCESSING_GROUP = "customer-directory";

    private static final Pattern BLANKS = Pattern.compile("\\s+");
    private static final Pattern NOT_DIGITS = Pattern.compile("\\D");

    private final JdbcTemplate jdbc;
    private final PersonalDataCipher cipher;

    CustomerDirectory(JdbcTemplate jdbc, PersonalDataCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    /** The customer a new lead of this name and contact looks like, if any. */
    public Optional<String> findDuplicate(String name, ContactInput contact) {
        Optional<String> sameName = jdbc.queryForList(
                "SELECT customer_id FROM customer_directory WHERE name_key = ? ORDER BY customer_id LIMIT 1",
                String.class, nameKey(name)).stream().findFirst();
        if (sameName.isPresent() || contact == null) {
            return sameName;
        }
        List<String> fingerprints = fingerprints(contact.phone(), contact.email());
        if (fingerprints.isEmpty()) {
            return Optional.empty();
        }
        return jdbc.queryForList("SELECT customer_id FROM customer_directory_contact WHERE fingerprint IN ("
                        + String.join(",", fingerprints.stream().map(f -> "?").toList())
                        + ") ORDER BY customer_id LIMIT 1", String.class, fingerprints.toArray())
                .stream().findFirst();
    }

    @EventHandler
    void on(LeadRegisteredEvent event) {
        jdbc.update("INSERT INTO customer_directory (customer_id, name_key) VALUES (?, ?) ON CONFLICT DO NOTHING",
                event.customerId(), nameKey(event.name()));
        if (event.contact() != null) {
            recordContact(event.customerId(), event.contact());
        }
    }

    @EventHandler
    void on(CustomerProfileUpdatedEvent event) {
        jdbc.update("UPDATE customer_directory SET name_key = ? WHERE customer_id = ?", nameKey(event.name()),
                event.customerId());
    }

    @EventHandler
    void on(ContactAddedEvent event) {
        recordContact(event.customerId(), event.contact());
    }

    @EventHandler
    void on(PersonalDataErasedEvent event) {
        jdbc.update("DELETE FROM customer_directory_contact WHERE customer_id = ?", event.customerId());
    }

    private void recordContact(String customerId, SealedContact sealed) {
        RevealedContact contact = cipher.reveal(customerId, sealed);
        if (contact.erased()) {
            return;
        }
        for (String fingerprint : fingerprints(contact.phone(), contact.email())) {
            jdbc.update("INSERT INTO customer_directory_contact (customer_id, fingerprint) VALUES (?, ?)"
                    + " ON CONFLICT DO NOTHING", customerId, fingerprint);
        }
    }

    /** "Acme  Trading" and " acme trading" are one name. */
    static String nameKey(String name) {
        return BLANKS.matcher(name.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }

    private static List<String> fingerprints(String phone, String email) {
        List<String> fingerprints = new ArrayList<>();
        if (phone != null && !NOT_DIGITS.matcher(phone).replaceAll("").isEmpty()) {
            fingerprints.add(sha256("phone:" + NOT_DIGITS.matcher(phone).replaceAll("")));
        }
        if (email != null && !email.isBlank()) {
            fingerprints.add(sha256("email:" + email.strip().toLowerCase(Locale.ROOT)));
        }
        return fingerprints;
    }

    private static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
