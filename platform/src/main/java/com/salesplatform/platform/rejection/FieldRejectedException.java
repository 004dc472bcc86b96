package com.salesplatform.platform.rejection;

/** Input that is well-formed but not acceptable, named by its field: answered 400 with the field in {@code errors}. */
public class FieldRejectedException extends RuntimeException {

    private final String field;

    public FieldRejectedException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
