package com.salesplatform.platformtest;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;

import com.salesplatform.platform.security.CallerAuthenticationConverter;
import java.util.List;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Authenticated callers for {@code @WebMvcTest}s, with the same claims and authorities as a real token. */
public final class TestCallers {

    private TestCallers() {
    }

    public static RequestPostProcessor admin() {
        return caller("5a1e5000-0000-4000-8000-0000000000a1", null, "ADMIN");
    }

    public static RequestPostProcessor manager(String repId, String teamId) {
        return caller(repId, teamId, "MANAGER");
    }

    public static RequestPostProcessor rep(String repId, String teamId) {
        return caller(repId, teamId, "REP");
    }

    public static RequestPostProcessor caller(String subject, String teamId, String... roles) {
        Jwt.Builder token = Jwt.withTokenValue("test-token").header("alg", "RS256")
                .subject(subject).claim("roles", List.of(roles));
        if (teamId != null) {
            token.claim("teamId", teamId);
        }
        Jwt jwt = token.build();
        return jwt().jwt(jwt).authorities(new CallerAuthenticationConverter().convert(jwt).getAuthorities());
    }
}
