package com.salesplatform.platform.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PublishedEventCatalogTest {

    record TeamCreated(String teamId, String name) {
    }

    @Test
    void publishesAnEventAsItIsUnderItsContractName() {
        var catalog = PublishedEventCatalog.builder().publish(TeamCreated.class, "TeamCreated", 1).build();
        var event = new TeamCreated("t-1", "华东销售一组");

        var publication = catalog.publicationOf(event).orElseThrow();

        assertThat(publication.type()).isEqualTo("TeamCreated");
        assertThat(publication.version()).isEqualTo(1);
        assertThat(publication.data()).isSameAs(event);
        assertThat(catalog.publishedTypes()).containsEntry(TeamCreated.class, "TeamCreated/v1");
    }

    @Test
    void anEventClassIsPublishedUnderOneContractOnly() {
        var builder = PublishedEventCatalog.builder().publish(TeamCreated.class, "TeamCreated", 1);
        assertThatThrownBy(() -> builder.publish(TeamCreated.class, "TeamCreated", 2))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
