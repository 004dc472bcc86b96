package com.salesplatform.customers.personaldata;

import java.security.NoSuchAlgorithmException;
import java.util.Optional;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * One AES-256 key per customer in {@code customer_key}. Written in the transaction of the command that first needs
 * it; deleting it is the erasure: every value sealed with it becomes unreadable, in the event store too.
 */
@Component
public class CustomerKeys {

    static final String ALGORITHM = "AES";
    private static final int KEY_BITS = 256;

    private final JdbcTemplate jdbc;

    CustomerKeys(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The customer's key, made now if it has none yet. */
    public SecretKey obtain(String customerId) {
        return find(customerId).orElseGet(() -> {
            jdbc.update("INSERT INTO customer_key (customer_id, key_bytes) VALUES (?, ?) ON CONFLICT DO NOTHING",
                    customerId, newKey().getEncoded());
            return find(customerId).orElseThrow();
        });
    }

    public Optional<SecretKey> find(String customerId) {
        return jdbc.queryForList("SELECT key_bytes FROM customer_key WHERE customer_id = ?", byte[].class, customerId)
                .stream().findFirst().map(bytes -> new SecretKeySpec(bytes, ALGORITHM));
    }

    public void destroy(String customerId) {
        jdbc.update("DELETE FROM customer_key WHERE customer_id = ?", customerId);
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
