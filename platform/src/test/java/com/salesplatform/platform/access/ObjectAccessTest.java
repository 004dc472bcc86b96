package com.salesplatform.platform.access;

import static com.salesplatform.platform.access.Callers.OTHER_TEAM;
import static com.salesplatform.platform.access.Callers.TEAM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.salesplatform.platform.rejection.NotFoundException;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

class ObjectAccessTest {

    @Test
    void anObjectTheCallerMayNotSeeIsNotFoundExactlyLikeOneThatDoesNotExist() {
        Throwable invisible = catchThrowable(
                () -> ObjectAccess.visibleOrNotFound(Optional.of("order"), order -> false, "Order", "o-1"));
        Throwable missing = catchThrowable(
                () -> ObjectAccess.visibleOrNotFound(Optional.empty(), order -> true, "Order", "o-1"));

        assertThat(invisible).isInstanceOf(NotFoundException.class).hasMessage("Order o-1 was not found");
        assertThat(missing).isInstanceOf(NotFoundException.class).hasMessage(invisible.getMessage());
        assertThat(ObjectAccess.visibleOrNotFound(Optional.of("order"), order -> true, "Order", "o-1"))
                .isEqualTo("order");
    }

    @Test
    void anObjectTheCallerSeesButMayNotChangeIsForbidden() {
        assertThatThrownBy(() -> ObjectAccess.requireChangeable(false, "You may not change this target"))
                .isInstanceOf(AccessDeniedException.class).hasMessage("You may not change this target");
        assertThatCode(() -> ObjectAccess.requireChangeable(true, "unused")).doesNotThrowAnyException();
    }

    @Test
    void integrationAccountsAndCallersWithoutARoleOnlyRead() {
        assertThat(ObjectAccess.mayWrite(Callers.admin())).isTrue();
        assertThat(ObjectAccess.mayWrite(Callers.manager("m-1", TEAM))).isTrue();
        assertThat(ObjectAccess.mayWrite(Callers.rep("r-1", TEAM))).isTrue();
        assertThat(ObjectAccess.mayWrite(Callers.integration())).isFalse();
        assertThat(ObjectAccess.mayWrite(Callers.noRole("x-1"))).isFalse();
        assertThatThrownBy(() -> ObjectAccess.requireWriter(Callers.integration(), "Read only"))
                .isInstanceOf(AccessDeniedException.class).hasMessage("Read only");
    }

    @Test
    void anOwnersWorkIsOverseenByAdminOrTheirTeamsManagerNeverByThemself() {
        assertThat(ObjectAccess.oversees(Callers.admin(), "admin-1", null)).isTrue();
        assertThat(ObjectAccess.oversees(Callers.manager("m-1", TEAM), "r-1", TEAM)).isTrue();
        assertThat(ObjectAccess.oversees(Callers.manager("m-1", TEAM), "m-1", TEAM)).isFalse();
        assertThat(ObjectAccess.oversees(Callers.manager("m-1", TEAM), "r-2", OTHER_TEAM)).isFalse();
        assertThat(ObjectAccess.oversees(Callers.manager("m-1", TEAM), "r-3", null)).isFalse();
        assertThat(ObjectAccess.oversees(Callers.rep("r-4", TEAM), "r-1", TEAM)).isFalse();
        assertThat(ObjectAccess.oversees(Callers.integration(), "r-1", TEAM)).isFalse();
    }
}
