package com.salesplatform.customers.personaldata;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The keys protecting personal data, each {@code <id>:<base64 of 32 bytes>}, from the environment (a secret), never
 * from the database they protect.
 *
 * @param kek            the current key-encryption key ({@code SALES_CUSTOMER_KEK})
 * @param retiredKeks    earlier key-encryption keys, comma-separated, still accepted to unwrap until every data key
 *                       is re-wrapped with the current one ({@code SALES_CUSTOMER_KEK_RETIRED})
 * @param fingerprintKey the HMAC key of the contact fingerprints ({@code SALES_CUSTOMER_FINGERPRINT_KEY})
 */
@ConfigurationProperties("sales.customer.keys")
record PersonalDataKeysProperties(String kek, String retiredKeks, String fingerprintKey) {
}
