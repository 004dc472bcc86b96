package com.salesplatform.customers.personaldata;

import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Optional;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The customers' AES-256 data keys in {@code customer_key}, each stored wrapped with a key-encryption key that the
 * database does not hold ({@link KeyEncryptionKeys}; the row names it in {@code kek_id}). A customer has a key of its
 * own for its name and free texts and one per contact person, each named by a {@code key_ref} within the customer
 * ({@link PersonalDataCipher}). Written in the transaction of the command that first needs it; deleting a key is the
 * erasure: every value sealed with it becomes unreadable, in the event store too.
 */
@Component
public class CustomerKeys {

    static final String ALGORITHM = "AES";
    private static final int KEY_BITS = 256;

    private final JdbcTemplate jdbc;
    private final KeyEncryptionKeys keks;
    private final TransactionTemplate transaction;

    CustomerKeys(JdbcTemplate jdbc, KeyEncryptionKeys keks, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.keks = keks;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    /** The customer's key named {@code keyRef}, made now if there is none yet. */
    SecretKey obtain(String customerId, String keyRef) {
        return find(customerId, keyRef).orElseGet(() -> {
            jdbc.update("INSERT INTO customer_key (customer_id, key_ref, key_bytes, kek_id) VALUES (?, ?, ?, ?)"
                    + " ON CONFLICT DO NOTHING", customerId, keyRef, keks.wrap(customerId, newKey()),
                    keks.currentId());
            return find(customerId, keyRef).orElseThrow();
        });
    }

    Optional<SecretKey> find(String customerId, String keyRef) {
        return jdbc.query("SELECT key_bytes, kek_id FROM customer_key WHERE customer_id = ? AND key_ref = ?",
                (row, number) -> unwrap(customerId, row.getBytes("key_bytes"), row.getString("kek_id")), customerId,
                keyRef).stream().findFirst();
    }

    /** Erases the customer: every key of it, its contacts' included. */
    public void destroy(String customerId) {
        jdbc.update("DELETE FROM customer_key WHERE customer_id = ?", customerId);
    }

    /** Erases one contact person: their own key. */
    public void destroyContact(String customerId, String contactId) {
        jdbc.update("DELETE FROM customer_key WHERE customer_id = ? AND key_ref = ?", customerId, contactId);
    }

    /**
     * Wraps every stored key that is not wrapped with the current key-encryption key yet — keys of an earlier KEK
     * (rotation) and keys stored before wrapping existed — in batches; several instances may run it at once
     * (rows another one holds are skipped). Fails, naming the KEK, on a key no configured KEK unwraps.
     *
     * @return how many keys it re-wrapped
     */
    public int rewrapAll(int batchSize) {
        int total = 0;
        int batch;
        do {
            batch = transaction.execute(status -> rewrapBatch(batchSize));
            total += batch;
        } while (batch > 0);
        return total;
    }

    private int rewrapBatch(int batchSize) {
        record Stale(String customerId, String keyRef, SecretKey key) {
        }
        List<Stale> stale = jdbc.query("SELECT customer_id, key_ref, key_bytes, kek_id FROM customer_key"
                        + " WHERE kek_id IS DISTINCT FROM ? ORDER BY customer_id, key_ref LIMIT ?"
                        + " FOR UPDATE SKIP LOCKED",
                (row, number) -> new Stale(row.getString("customer_id"), row.getString("key_ref"),
                        unwrap(row.getString("customer_id"), row.getBytes("key_bytes"), row.getString("kek_id"))),
                keks.currentId(), batchSize);
        for (Stale key : stale) {
            jdbc.update("UPDATE customer_key SET key_bytes = ?, kek_id = ? WHERE customer_id = ? AND key_ref = ?",
                    keks.wrap(key.customerId(), key.key()), keks.currentId(), key.customerId(), key.keyRef());
        }
        return stale.size();
    }

    private SecretKey unwrap(String customerId, byte[] stored, String kekId) {
        // no KEK id: a key stored before data keys were wrapped (schema V3), wrapped by rewrapAll at startup
        return kekId == null ? new SecretKeySpec(stored, ALGORITHM) : keks.unwrap(customerId, kekId, stored);
    }

    private static SecretKey newKey() {
        try {
            KeyGenerator generator = KeyGenerator.getInstance(ALGORITHM);
            generator.init(KEY_BITS);
            return generator.generateKey();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("AES is not available", e);
        }
    }
}
