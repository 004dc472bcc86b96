package com.salesplatform.training.integration.outbound;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesplatform.platform.publishing.PublishedEventCatalog;
import com.salesplatform.platformtest.Contracts;
import org.axonframework.serialization.Revision;
import org.junit.jupiter.api.Test;

/** Every event this service publishes is a {@code @Revision("1")} record with a schema its example satisfies. */
class PublishedContractsTest {

    private final PublishedEventCatalog catalog = new TrainingPublishedLanguage().publishedEvents();

    @Test
    void eachPublishedEventHasARevisionASchemaAndAnExampleThatConforms() {
        assertThat(catalog.publishedTypes()).hasSizeGreaterThanOrEqualTo(13);
        catalog.publishedTypes().forEach((eventClass, typeAndVersion) -> {
            assertThat(eventClass.isRecord()).as("%s is a record", eventClass).isTrue();
            assertThat(eventClass.getAnnotation(Revision.class)).as("%s has a revision", eventClass).isNotNull();
            assertThat(eventClass.getAnnotation(Revision.class).value()).isEqualTo("1");
            String type = typeAndVersion.substring(0, typeAndVersion.indexOf("/v"));
            Contracts.assertValid(Contracts.schemaPath("training", type, 1), Contracts.example("training", type, 1));
        });
    }
}
