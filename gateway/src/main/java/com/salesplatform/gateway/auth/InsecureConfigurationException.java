package com.salesplatform.gateway.auth;

/** The configuration would make the gateway unsafe outside the local run; it refuses to start with it. */
public class InsecureConfigurationException extends IllegalStateException {

    private final String action;

    public InsecureConfigurationException(String message, String action) {
        super(message);
        this.action = action;
    }

    /** What the operator should change. */
    public String getAction() {
        return action;
    }
}
