package com.salesplatform.gateway.auth.local;

import java.util.Optional;
import java.util.UUID;

import com.salesplatform.gateway.auth.AuthProperties.DemoUser;

/**
 * Opaque refresh tokens of the local run: 256 random bits, usable once (redeeming one uses it up — the caller
 * gets a new one with the new access token), valid for a configurable time. Every token belongs to the family of
 * the login it descends from; presenting a token that was already used (rotated) is taken as a stolen token being
 * replayed and revokes the whole family, so neither the thief nor the victim can refresh again (both log in
 * anew). Only a SHA-256 digest of each token is kept: in this gateway's memory
 * ({@link InMemoryRefreshTokenStore}) or, shared by every gateway replica, in Redis ({@link RedisRefreshTokenStore}).
 */
public interface RefreshTokenStore {

    /** The first refresh token of a login: a new family. */
    IssuedRefreshToken issue(DemoUser user);

    /** The successor of a redeemed token, in its family. */
    IssuedRefreshToken rotate(Redeemed redeemed);

    /**
     * The user and family of a known, unexpired, unused token — which is used up by this call. A token that was
     * already used revokes its family.
     */
    Optional<Redeemed> redeem(String token);

    /** Ends a family: none of its tokens can be redeemed any more. */
    void revoke(UUID family);

    /** A redeemed token's user and the family (login) it belongs to. */
    record Redeemed(DemoUser user, UUID family) {
    }

    /** A refresh token and how many seconds it is valid. */
    record IssuedRefreshToken(String value, long expiresInSeconds) {

        @Override
        public String toString() {
            return "IssuedRefreshToken[expiresInSeconds=" + expiresInSeconds + "]";
        }
    }
}
