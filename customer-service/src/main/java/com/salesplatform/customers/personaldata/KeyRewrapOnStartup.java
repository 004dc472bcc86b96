package com.salesplatform.customers.personaldata;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * At every start, wraps the data keys not wrapped with the current key-encryption key: the plain keys of a database
 * from before wrapping, and after a rotation the keys of the retired KEK. Until then they are read as they are.
 */
@Component
class KeyRewrapOnStartup implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(KeyRewrapOnStartup.class);
    private static final int BATCH = 500;

    private final CustomerKeys keys;
    private final KeyEncryptionKeys keks;

    KeyRewrapOnStartup(CustomerKeys keys, KeyEncryptionKeys keks) {
        this.keys = keys;
        this.keks = keks;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        int rewrapped = keys.rewrapAll(BATCH);
        if (rewrapped > 0) {
            LOG.info("Wrapped {} customer data keys with key-encryption key '{}'", rewrapped, keks.currentId());
        }
    }
}
