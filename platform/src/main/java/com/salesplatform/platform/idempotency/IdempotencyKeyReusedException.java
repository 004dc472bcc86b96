package com.salesplatform.platform.idempotency;

/** The same {@code Idempotency-Key} came with a different request: answered 422, nothing is created. */
public class IdempotencyKeyReusedException extends RuntimeException {

    IdempotencyKeyReusedException(String key) {
        super("Idempotency-Key '" + key + "' was already used for a different request");
    }
}
