package com.salesplatform.customers.personaldata;

import com.salesplatform.customers.customer.api.ContactInput;
import com.salesplatform.customers.customer.api.SealedContact;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.SecretKey;
import org.springframework.stereotype.Component;

/**
 * Seals a contact's name, phone and e-mail with the customer's key (AES-GCM, a fresh 96-bit nonce per value, the
 * customer id as associated data, so a value cannot be moved to another customer) and opens them again — or answers
 * {@link #ERASED} once the key is gone.
 */
@Component
public class PersonalDataCipher {

    public static final String ERASED = "[erased]";
    private static final String PREFIX = "gcm1:";

    private final CustomerKeys keys;

    public PersonalDataCipher(CustomerKeys keys) {
        this.keys = keys;
    }

    public SealedContact seal(String customerId, String contactId, ContactInput contact) {
        SecretKey key = keys.obtain(customerId);
        return new SealedContact(contactId, seal(key, customerId, contact.name()),
                seal(key, customerId, contact.phone()), seal(key, customerId, contact.email()), contact.role());
    }

    public RevealedContact reveal(String customerId, SealedContact contact) {
        Optional<SecretKey> key = keys.find(customerId);
        return new RevealedContact(contact.contactId(), open(key, customerId, contact.name()),
                open(key, customerId, contact.phone()), open(key, customerId, contact.email()), contact.role(),
                key.isEmpty());
    }

    private static String seal(SecretKey key, String customerId, String plain) {
        if (plain == null) {
            return null;
        }
        return PREFIX + Base64.getEncoder().encodeToString(
                AesGcm.seal(key, plain.getBytes(StandardCharsets.UTF_8), customerId.getBytes(StandardCharsets.UTF_8)));
    }

    private static String open(Optional<SecretKey> key, String customerId, String sealed) {
        if (sealed == null) {
            return null;
        }
        if (key.isEmpty()) {
            return ERASED;
        }
        try {
            byte[] bytes = Base64.getDecoder().decode(sealed.substring(PREFIX.length()));
            return new String(AesGcm.open(key.get(), bytes, customerId.getBytes(StandardCharsets.UTF_8)),
                    StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("Personal data of customer " + customerId + " cannot be opened", e);
        }
    }
}
