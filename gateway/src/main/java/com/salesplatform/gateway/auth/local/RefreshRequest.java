package com.salesplatform.gateway.auth.local;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** {@code POST /api/auth/refresh} body: {@code {"refresh_token": "..."}}. */
public record RefreshRequest(@JsonProperty("refresh_token") @NotBlank @Size(max = 200) String refreshToken) {

    @Override
    public String toString() {
        return "RefreshRequest[]";
    }
}
