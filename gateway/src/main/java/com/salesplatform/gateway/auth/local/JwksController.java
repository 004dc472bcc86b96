package com.salesplatform.gateway.auth.local;

import java.time.Duration;
import java.util.Map;

import org.springframework.context.annotation.Profile;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /.well-known/jwks.json}: the public key of the local run's tokens, from which the services verify
 * them. Short cache: the key changes whenever the gateway restarts.
 */
@RestController
@Profile("local")
class JwksController {

    private final LocalSigningKey signingKey;

    JwksController(LocalSigningKey signingKey) {
        this.signingKey = signingKey;
    }

    @GetMapping(path = "/.well-known/jwks.json", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> jwks() {
        return ResponseEntity.ok()
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic())
                .body(signingKey.publicJwkSet());
    }
}
