package com.salesplatform.platformtest.architecture;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salesplatform.platformtest.ServiceArchitecture;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

class ServiceArchitectureTest {

    private static final String FIXTURES = "com.salesplatform.platformtest.architecture.";

    @Test
    void aCommandSideThatRejectsWithThePlatformsRejectionsPasses() {
        assertThatCode(() -> check("clean")).doesNotThrowAnyException();
    }

    @Test
    void aCommandSideThatDependsOnHttpTypesIsRefused() {
        assertThatThrownBy(() -> check("http"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("the command side knows nothing of HTTP")
                .hasMessageContaining("org.springframework.http.HttpStatus");
    }

    @Test
    void aServiceAskingThePlatformsScopePasses() {
        assertThatCode(() -> check("scoped")).doesNotThrowAnyException();
    }

    @Test
    void aServiceThatDerivesWhoSeesEverythingFromTheRolesItselfIsRefused() {
        assertThatThrownBy(() -> check("scope"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("is derived by the platform's CallerScope")
                .hasMessageContaining("OrderAccess.seesEveryOrder");
    }

    @Test
    void aCommandSideThatReadsAnotherServicesCopyOutsideALookupIsRefused() {
        assertThatThrownBy(() -> check("replica"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("the command side hears of other services only through lookups")
                .hasMessageContaining("CustomerOwners");
    }

    @Test
    void aCommandSideThatReadsATableOutsideItsOwnAndTheLookupsIsRefused() {
        assertThatThrownBy(() -> check("database"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("the command side reads the database only through its own tables, lookups")
                .hasMessageContaining("PriceList");
    }

    @Test
    void aSubscriptionOutsideIntegrationInboundIsRefused() {
        assertThatThrownBy(() -> check("subscription"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("every subscription to another service's topic lives in integration.inbound")
                .hasMessageContaining("CustomerSubscription");
    }

    private static void check(String fixture) {
        JavaClasses classes = new ClassFileImporter().importPackages(FIXTURES + fixture);
        ServiceArchitecture.of(FIXTURES + fixture).check(classes);
    }
}
