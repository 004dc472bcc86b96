package com.salesplatform.gateway.auth.local;

import java.util.List;
import java.util.UUID;

import com.salesplatform.gateway.auth.AuthProperties.DemoUser;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

class DemoUserDirectoryTest {

    private final BCryptPasswordEncoder encoder = new BCryptPasswordEncoder(4);
    private final DemoUser rep = new DemoUser("rep1", encoder.encode("rep1"), UUID.randomUUID(), List.of("REP"),
            UUID.randomUUID());
    private final DemoUserDirectory directory = new DemoUserDirectory(List.of(rep), encoder);

    @Test
    void authenticatesTheRightPassword() {
        assertThat(directory.authenticate("rep1", "rep1")).contains(rep);
    }

    @Test
    void refusesAWrongPasswordAndAnUnknownUserAlike() {
        assertThat(directory.authenticate("rep1", "rep2")).isEmpty();
        assertThat(directory.authenticate("REP1", "rep1")).isEmpty();
        assertThat(directory.authenticate("nobody", "nobody")).isEmpty();
    }

    @Test
    void refusesAPasswordLongerThanBcryptCanCheck() {
        assertThat(directory.authenticate("rep1", "rep1" + "x".repeat(100))).isEmpty();
    }

    @Test
    void theDemoUsersOfTheLocalProfileHaveTheirUsernameAsPassword() {
        // the hashes of application-local.yml
        assertThat(new BCryptPasswordEncoder().matches("rep2",
                "$2a$10$JV7iHxomMsNfrE/li2rpo.zhZbycjR.mPdBTVS1QO7dLXh0yCZssy")).isTrue();
    }

    @Test
    void neverPrintsAPasswordHash() {
        assertThat(rep.toString()).doesNotContain(rep.passwordHash());
    }
}
