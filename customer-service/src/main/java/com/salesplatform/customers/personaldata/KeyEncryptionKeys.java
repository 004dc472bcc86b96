package com.salesplatform.customers.personaldata;

import com.salesplatform.platform.config.InsecureConfigurationException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The key-encryption keys (KEKs) that wrap the customers' data keys, supplied from outside the database: the
 * current one wraps every new or re-wrapped data key, the retired ones still unwrap the keys not re-wrapped yet.
 * A wrapped key is bound to its customer (associated data), so a row cannot be copied to another customer.
 */
public class KeyEncryptionKeys {

    private final NamedKey current;
    private final Map<String, SecretKey> byId = new LinkedHashMap<>();

    KeyEncryptionKeys(NamedKey current, List<NamedKey> retired) {
        this.current = current;
        retired.forEach(key -> byId.put(key.id(), key.key()));
        byId.put(current.id(), current.key());
    }

    public String currentId() {
        return current.id();
    }

    byte[] wrap(String customerId, SecretKey dataKey) {
        return AesGcm.seal(current.key(), dataKey.getEncoded(), associatedData(customerId));
    }

    SecretKey unwrap(String customerId, String kekId, byte[] wrapped) {
        SecretKey kek = byId.get(kekId);
        if (kek == null) {
            throw new InsecureConfigurationException("The data key of customer " + customerId + " is wrapped with"
                    + " key-encryption key '" + kekId + "', which is configured neither as "
                    + PersonalDataKeysConfiguration.KEK + " nor in " + PersonalDataKeysConfiguration.RETIRED_KEKS + ".",
                    "Add the key-encryption key '" + kekId + "' to " + PersonalDataKeysConfiguration.RETIRED_KEKS
                            + " (comma-separated '<key id>:<base64>') until every data key is re-wrapped.");
        }
        try {
            return new SecretKeySpec(AesGcm.open(kek, wrapped, associatedData(customerId)), CustomerKeys.ALGORITHM);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The data key of customer " + customerId + " does not unwrap with"
                    + " key-encryption key '" + kekId + "'", e);
        }
    }

    private static byte[] associatedData(String customerId) {
        return ("customer-key:" + customerId).getBytes(StandardCharsets.UTF_8);
    }
}
