package com.salesplatform.gateway.demo;

/** A seeding step could not be done; the run stops there and the next start tries again. */
class DemoDataException extends RuntimeException {

    DemoDataException(String message) {
        super(message);
    }
}
