package com.salesplatform.orders.architecture;

import com.salesplatform.platformtest.ServiceArchitecture;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.salesplatform.orders");

    @Test
    void followsTheServiceLayout() {
        ServiceArchitecture.of("com.salesplatform.orders").check(classes);
    }
}
