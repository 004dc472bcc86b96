package com.salesplatform.platform.publishing;

/** Kafka did not take an event; the publishing processor retries the batch. */
public class EventPublicationException extends RuntimeException {

    public EventPublicationException(String message, Throwable cause) {
        super(message, cause);
    }
}
