package com.salesplatform.gateway.auth.local;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.salesplatform.gateway.auth.AuthProperties.DemoUser;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Checks a demo user's password against its BCrypt hash. An unknown user costs the same BCrypt check as a known
 * one, so the answer time does not tell which usernames exist. BCrypt is CPU-bound: call it off the event loop.
 */
public class DemoUserDirectory {

    private final Map<String, DemoUser> usersByName;
    private final PasswordEncoder passwordEncoder;
    private final String unknownUserHash;

    public DemoUserDirectory(List<DemoUser> users, PasswordEncoder passwordEncoder) {
        this.usersByName = users.stream().collect(Collectors.toUnmodifiableMap(DemoUser::username, Function.identity()));
        this.passwordEncoder = passwordEncoder;
        this.unknownUserHash = passwordEncoder.encode(UUID.randomUUID().toString());
    }

    /** The user whose username and password these are; empty for an unknown user or a wrong password alike. */
    public Optional<DemoUser> authenticate(String username, String password) {
        DemoUser user = usersByName.get(username);
        boolean matches = matches(password, user == null ? unknownUserHash : user.passwordHash());
        return user != null && matches ? Optional.of(user) : Optional.empty();
    }

    /** The user of that name, whose password was checked before (a redeemed refresh token's). */
    public Optional<DemoUser> find(String username) {
        return Optional.ofNullable(usersByName.get(username));
    }

    public int size() {
        return usersByName.size();
    }

    private boolean matches(String password, String hash) {
        try {
            return passwordEncoder.matches(password, hash);
        } catch (IllegalArgumentException tooLongForBcrypt) {
            return false;
        }
    }
}
