package com.salesplatform.gateway.auth.local;

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

/** {@code POST /api/auth/token}: a demo user's username and password for an access token. Local run only. */
@RestController
@Profile("local")
class TokenController {

    private final DemoUserDirectory users;
    private final TokenIssuer issuer;

    TokenController(DemoUserDirectory users, TokenIssuer issuer) {
        this.users = users;
        this.issuer = issuer;
    }

    @PostMapping(path = "/api/auth/token", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    Mono<ResponseEntity<TokenResponse>> issue(@Valid @RequestBody TokenRequest request) {
        return Mono.fromCallable(() -> users.authenticate(request.username(), request.password()))
                .subscribeOn(Schedulers.boundedElastic())
                .map(user -> user.orElseThrow(InvalidCredentialsException::new))
                .map(user -> ResponseEntity.ok()
                        .cacheControl(CacheControl.noStore())
                        .header("Pragma", "no-cache")
                        .body(TokenResponse.bearer(issuer.issue(user))));
    }
}
