package com.salesplatform.gateway.auth.local;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The token endpoints' answer, field names as in OAuth 2.0 (RFC 6749 §5.1). */
public record TokenResponse(
        @JsonProperty("access_token") String accessToken,
        @JsonProperty("token_type") String tokenType,
        @JsonProperty("expires_in") long expiresIn,
        @JsonProperty("refresh_token") String refreshToken,
        @JsonProperty("refresh_expires_in") long refreshExpiresIn) {

    static TokenResponse bearer(TokenIssuer.IssuedToken token, RefreshTokenStore.IssuedRefreshToken refresh) {
        return new TokenResponse(token.value(), "Bearer", token.expiresInSeconds(), refresh.value(),
                refresh.expiresInSeconds());
    }

    @Override
    public String toString() {
        return "TokenResponse[tokenType=" + tokenType + ", expiresIn=" + expiresIn + "]";
    }
}
