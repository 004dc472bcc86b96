package com.salesplatform.reporting.architecture;

import com.salesplatform.platformtest.ServiceArchitecture;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    @Test
    void followsTheServiceLayout() {
        ServiceArchitecture.of("com.salesplatform.reporting").withReadModelsFedByTopics().check(new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.salesplatform.reporting"));
    }
}
