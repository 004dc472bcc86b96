package com.salesplatform.platform.rejection;

/** A command the current state forbids (e.g. decomposing a target twice): answered 409. */
public class RuleViolationException extends RuntimeException {

    public RuleViolationException(String message) {
        super(message);
    }
}
