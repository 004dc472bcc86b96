package com.salesplatform.customers.architecture;

import com.salesplatform.platformtest.ServiceArchitecture;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.salesplatform.customers");

    @Test
    void followsTheServiceLayout() {
        ServiceArchitecture.of("com.salesplatform.customers").withCommandSideStores("personaldata").check(classes);
    }
}
