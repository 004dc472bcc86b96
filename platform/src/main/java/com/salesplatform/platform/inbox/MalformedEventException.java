package com.salesplatform.platform.inbox;

/** A record that can never be processed: it goes to the dead-letter topic at once, without retries. */
public class MalformedEventException extends RuntimeException {

    public MalformedEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
