package com.salesplatform.platform.idempotency;

/** The first answer to a request with an {@code Idempotency-Key}, replayed byte for byte. */
record StoredAnswer(String requestHash, int status, String contentType, String location, byte[] body) {
}
