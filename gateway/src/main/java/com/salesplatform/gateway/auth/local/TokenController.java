package com.salesplatform.gateway.auth.local;

import com.salesplatform.gateway.openapi.GatewayOpenApi;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import java.util.Optional;

import com.salesplatform.gateway.auth.AuthProperties.DemoUser;
import jakarta.validation.Valid;
import org.springframework.context.annotation.Profile;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The local run's token endpoints: {@code POST /api/auth/token} exchanges a demo user's username and password,
 * {@code POST /api/auth/refresh} a refresh token, for an access token and a new refresh token. A username is
 * locked after repeated wrong passwords (see {@link LoginLockout}), and may then not refresh either. Reusing a
 * rotated refresh token revokes its whole family ({@link RefreshTokenStore}). Both stores may be in Redis, whose
 * calls block: the work runs off the event loop.
 */
@RestController
@Profile("local")
class TokenController {

    private final DemoUserDirectory users;
    private final TokenIssuer issuer;
    private final RefreshTokenStore refreshTokens;
    private final LoginLockout lockout;

    TokenController(DemoUserDirectory users, TokenIssuer issuer, RefreshTokenStore refreshTokens,
            LoginLockout lockout) {
        this.users = users;
        this.issuer = issuer;
        this.refreshTokens = refreshTokens;
        this.lockout = lockout;
    }

    @Operation(operationId = "authToken", summary = "Sign in: an access token and a refresh token for a user name and password",
            tags = "auth")
    @SecurityRequirements
    @ApiResponse(responseCode = "200", description = "signed in")
    @ApiResponse(responseCode = "400", description = "a field is missing or too long (validation)", content = @Content(
            mediaType = "application/problem+json", schema = @Schema(ref = GatewayOpenApi.PROBLEM_REF)))
    @ApiResponse(responseCode = "401", description = "wrong user name or password (invalid-credentials)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = GatewayOpenApi.PROBLEM_REF)))
    @ApiResponse(responseCode = "429", description = "too many wrong passwords: the user name is locked for a while "
            + "(login-locked), or too many sign-ins from this address (rate-limited)", content = @Content(
            mediaType = "application/problem+json", schema = @Schema(ref = GatewayOpenApi.PROBLEM_REF)))
    @PostMapping(path = "/api/auth/token", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    Mono<ResponseEntity<TokenResponse>> issue(@Valid @RequestBody TokenRequest request) {
        return Mono.fromCallable(() -> authenticate(request))
                .subscribeOn(Schedulers.boundedElastic())
                .map(user -> tokensFor(user, refreshTokens.issue(user)));
    }

    @Operation(operationId = "authRefresh", summary = "Refresh: a new access token and refresh token for a refresh token",
            tags = "auth")
    @SecurityRequirements
    @ApiResponse(responseCode = "200", description = "refreshed; the refresh token given is used up")
    @ApiResponse(responseCode = "400", description = "no refresh token (validation)", content = @Content(
            mediaType = "application/problem+json", schema = @Schema(ref = GatewayOpenApi.PROBLEM_REF)))
    @ApiResponse(responseCode = "401", description = "unknown, expired, revoked or reused refresh token (unauthorized)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = GatewayOpenApi.PROBLEM_REF)))
    @ApiResponse(responseCode = "429", description = "the user name is locked (login-locked)", content = @Content(
            mediaType = "application/problem+json", schema = @Schema(ref = GatewayOpenApi.PROBLEM_REF)))
    @PostMapping(path = "/api/auth/refresh", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    Mono<ResponseEntity<TokenResponse>> refresh(@Valid @RequestBody RefreshRequest request) {
        return Mono.fromCallable(() -> refreshTokens.redeem(request.refreshToken())
                        .orElseThrow(InvalidRefreshTokenException::new))
                .subscribeOn(Schedulers.boundedElastic())
                .map(redeemed -> tokensFor(redeemed.user(), refreshTokens.rotate(notLocked(redeemed))));
    }

    /** A locked username gets no new tokens by refresh either; the lock ends that login's refresh tokens. */
    private RefreshTokenStore.Redeemed notLocked(RefreshTokenStore.Redeemed redeemed) {
        lockout.remainingLock(redeemed.user().username()).ifPresent(remaining -> {
            refreshTokens.revoke(redeemed.family());
            throw new LoginLockedException(remaining);
        });
        return redeemed;
    }

    private DemoUser authenticate(TokenRequest request) {
        lockout.remainingLock(request.username()).ifPresent(remaining -> {
            throw new LoginLockedException(remaining);
        });
        Optional<DemoUser> user = users.authenticate(request.username(), request.password());
        if (user.isEmpty()) {
            lockout.recordFailure(request.username());
            throw new InvalidCredentialsException();
        }
        lockout.recordSuccess(request.username());
        return user.get();
    }

    private ResponseEntity<TokenResponse> tokensFor(DemoUser user, RefreshTokenStore.IssuedRefreshToken refresh) {
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .header("Pragma", "no-cache")
                .body(TokenResponse.bearer(issuer.issue(user), refresh));
    }
}
