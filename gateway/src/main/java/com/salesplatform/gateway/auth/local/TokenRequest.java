package com.salesplatform.gateway.auth.local;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** {@code POST /api/auth/token} body. BCrypt reads at most 72 bytes of a password, hence the bound. */
public record TokenRequest(
        @NotBlank @Size(max = 100) String username,
        @NotBlank @Size(max = 72) String password) {

    @Override
    public String toString() {
        return "TokenRequest[username=" + username + "]";
    }
}
