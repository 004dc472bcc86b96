package com.salesplatform.customers.personaldata;

import com.salesplatform.customers.customer.api.ContactInput;
import com.salesplatform.customers.customer.api.CustomerType;
import com.salesplatform.customers.customer.api.SealedContact;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.SecretKey;
import org.springframework.stereotype.Component;

/**
 * Seals personal data with one of the customer's keys (AES-GCM, a fresh 96-bit nonce per value, the customer id as
 * associated data, so a value cannot be moved to another customer) and opens it again — or answers {@link #ERASED}
 * once that key is gone. Each contact person has a key of their own (erased alone or with the customer); the
 * customer's name when it is a person's (B2C) and its conversation texts are sealed with the customer's key of the
 * current generation, a new one after each erasure ({@link #customerKeyRef}).
 *
 * <p>A sealed value names its key: {@code gcm1:<base64>} the customer's first key, {@code gcm2:<key ref>:<base64>}
 * any other. A value without either prefix was stored in clear before it was sealed (an event of an earlier
 * revision) and reads as it is.
 */
@Component
public class PersonalDataCipher {

    public static final String ERASED = "[erased]";
    private static final String FIRST_KEY = "gcm1:";
    private static final String NAMED_KEY = "gcm2:";

    private final CustomerKeys keys;

    public PersonalDataCipher(CustomerKeys keys) {
        this.keys = keys;
    }

    /** The name a customer goes by where its name may not be shown: its id's first 8 characters, never a person's. */
    public static String pseudonym(String customerId) {
        return "客户 " + customerId.substring(0, Math.min(8, customerId.length()));
    }

    /** The customer key for values sealed after {@code erasures} erasures of the customer. */
    public static String customerKeyRef(int erasures) {
        return erasures == 0 ? "" : "g" + erasures;
    }

    public SealedContact seal(String customerId, String contactId, ContactInput contact) {
        SecretKey key = keys.obtain(customerId, contactId);
        return new SealedContact(contactId, seal(key, customerId, contactId, contact.name()),
                seal(key, customerId, contactId, contact.phone()), seal(key, customerId, contactId, contact.email()),
                contact.role());
    }

    /** A person's name or a free text, sealed with the customer's key {@code keyRef}; null stays null. */
    public String sealText(String customerId, String keyRef, String plain) {
        return plain == null ? null : seal(keys.obtain(customerId, keyRef), customerId, keyRef, plain);
    }

    /** A B2C customer's name sealed; a company's name stays as it is (it is no personal data). */
    public String sealName(String customerId, String keyRef, CustomerType type, String name) {
        return type == CustomerType.B2C ? sealText(customerId, keyRef, name) : name;
    }

    public RevealedContact reveal(String customerId, SealedContact contact) {
        String name = open(customerId, contact.name());
        if (ERASED.equals(name)) {
            return erased(contact);
        }
        return new RevealedContact(contact.contactId(), name, open(customerId, contact.phone()),
                open(customerId, contact.email()), contact.role(), false);
    }

    /** The contact as it reads once erased: which values it had, none of them. */
    public RevealedContact erased(SealedContact contact) {
        return new RevealedContact(contact.contactId(), ERASED, contact.phone() == null ? null : ERASED,
                contact.email() == null ? null : ERASED, contact.role(), true);
    }

    /** The customer's name as it may be shown: a person's while their key exists, the pseudonym after erasure. */
    public String nameOf(String customerId, CustomerType type, String storedName) {
        if (type != CustomerType.B2C || storedName == null) {
            return storedName;
        }
        String name = open(customerId, storedName);
        return ERASED.equals(name) ? pseudonym(customerId) : name;
    }

    /** A free text in clear; null once its key is gone (a text is left out rather than marked). */
    public String openText(String customerId, String stored) {
        String text = open(customerId, stored);
        return ERASED.equals(text) ? null : text;
    }

    /** Whether the value is sealed (rather than absent or stored in clear by an earlier revision). */
    public static boolean isSealed(String value) {
        return value != null && (value.startsWith(FIRST_KEY) || value.startsWith(NAMED_KEY));
    }

    /** The value in clear, {@link #ERASED} once its key is gone; null stays null. */
    public String open(String customerId, String stored) {
        if (stored == null) {
            return null;
        }
        String keyRef;
        String sealed;
        if (stored.startsWith(FIRST_KEY)) {
            keyRef = customerKeyRef(0);
            sealed = stored.substring(FIRST_KEY.length());
        } else if (stored.startsWith(NAMED_KEY) && stored.indexOf(':', NAMED_KEY.length()) > 0) {
            int end = stored.indexOf(':', NAMED_KEY.length());
            keyRef = stored.substring(NAMED_KEY.length(), end);
            sealed = stored.substring(end + 1);
        } else {
            return stored;
        }
        Optional<SecretKey> key = keys.find(customerId, keyRef);
        if (key.isEmpty()) {
            return ERASED;
        }
        try {
            byte[] bytes = Base64.getDecoder().decode(sealed);
            return new String(AesGcm.open(key.get(), bytes, customerId.getBytes(StandardCharsets.UTF_8)),
                    StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("Personal data of customer " + customerId + " cannot be opened", e);
        }
    }

    private static String seal(SecretKey key, String customerId, String keyRef, String plain) {
        if (plain == null) {
            return null;
        }
        String prefix = keyRef.isEmpty() ? FIRST_KEY : NAMED_KEY + keyRef + ":";
        return prefix + Base64.getEncoder().encodeToString(
                AesGcm.seal(key, plain.getBytes(StandardCharsets.UTF_8), customerId.getBytes(StandardCharsets.UTF_8)));
    }
}
