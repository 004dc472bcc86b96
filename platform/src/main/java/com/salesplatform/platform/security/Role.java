package com.salesplatform.platform.security;

/** The actors of docs/domain.md; a JWT's {@code roles} claim lists them by name. */
public enum Role {
    ADMIN, MANAGER, REP, INTEGRATION
}
