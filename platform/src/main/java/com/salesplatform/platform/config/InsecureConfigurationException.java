package com.salesplatform.platform.config;

/**
 * The configuration would make a service unsafe outside a developer's own machine (a demo key in a shared
 * environment, a secret missing); it refuses to start with it. Printed by {@link InsecureConfigurationFailureAnalyzer}.
 */
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
