package com.salesplatform.customers.personaldata;

import com.salesplatform.customers.customer.api.ContactInput;
import com.salesplatform.customers.customer.api.SealedContact;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
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
    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

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
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(customerId.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return PREFIX + Base64.getEncoder().encodeToString(
                    ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not seal personal data", e);
        }
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
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.DECRYPT_MODE, key.get(), new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
            cipher.updateAAD(customerId.getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("Personal data of customer " + customerId + " cannot be opened", e);
        }
    }
}
