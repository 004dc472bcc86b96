package com.salesplatform.platform.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.salesplatform.platform.axon.CallerCorrelationDataProvider;
import com.salesplatform.platform.publishing.PublishedEventCatalog;
import com.salesplatform.platform.web.PageQuery;
import com.salesplatform.platform.web.PageResponse;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.Revision;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EventHistoryTest {

    record ThingOpenedEvent(String thingId, String name) {
    }

    @Revision("3")
    record ThingRenamedEvent(String thingId, String name, String reason) {
    }

    record ThingClosedEvent(String thingId) {
    }

    private static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z");

    private EmbeddedEventStore store;
    private AggregateEvents events;

    @BeforeEach
    void storeThreeEvents() {
        store = EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build();
        events = new AggregateEvents(store);
        append(0, new ThingOpenedEvent("t-1", "first"), T0, "rep-1");
        append(1, new ThingRenamedEvent("t-1", "second", "typo"), T0.plusSeconds(60), "mgr-1");
        append(2, new ThingClosedEvent("t-1"), T0.plusSeconds(120), null);
    }

    @Test
    void answersEveryEventOldestFirstWithActorTimeAndReason() {
        PageResponse<HistoryEntry> history = new EventHistory(events, Optional.empty())
                .of("t-1", PageQuery.of(null, null)).orElseThrow();

        assertThat(history.totalItems()).isEqualTo(3);
        assertThat(history.items()).extracting(HistoryEntry::sequence, HistoryEntry::type, HistoryEntry::actorId,
                        HistoryEntry::reason)
                .containsExactly(
                        tuple(0L, "ThingOpened", "rep-1", null),
                        tuple(1L, "ThingRenamed", "mgr-1", "typo"),
                        tuple(2L, "ThingClosed", null, null));
        assertThat(history.items().get(1).occurredAt()).isEqualTo(T0.plusSeconds(60));
        assertThat(history.items().get(1).version()).as("an internal event's @Revision").isEqualTo(3);
        assertThat(history.items().get(0).version()).isEqualTo(1);
        assertThat(history.items()).extracting(HistoryEntry::id).doesNotHaveDuplicates().doesNotContainNull();
        assertThat(history.items().get(1).data()).isEqualTo(new ThingRenamedEvent("t-1", "second", "typo"));
    }

    @Test
    void namesPublishedEventsByTheirContractType() {
        PublishedEventCatalog catalog = PublishedEventCatalog.builder()
                .publish(ThingOpenedEvent.class, "ThingStarted", 2)
                .build();

        PageResponse<HistoryEntry> history = new EventHistory(events, Optional.of(catalog))
                .of("t-1", PageQuery.of(null, null)).orElseThrow();

        assertThat(history.items()).extracting(HistoryEntry::type)
                .containsExactly("ThingStarted", "ThingRenamed", "ThingClosed");
        assertThat(history.items().get(0).version()).as("the published version").isEqualTo(2);
    }

    @Test
    void pagesThroughTheStream() {
        EventHistory history = new EventHistory(events, Optional.empty());

        PageResponse<HistoryEntry> second = history.of("t-1", PageQuery.of(1, 2)).orElseThrow();

        assertThat(second.items()).extracting(HistoryEntry::sequence).containsExactly(2L);
        assertThat(second.totalItems()).isEqualTo(3);
        assertThat(second.totalPages()).isEqualTo(2);
    }

    @Test
    void showsTheDataAsTheCallerAsksAndIsEmptyForAnUnknownAggregate() {
        EventHistory history = new EventHistory(events, Optional.empty());

        PageResponse<HistoryEntry> page = history.of("t-1", PageQuery.of(0, 1),
                event -> Map.of("shown", event.getPayloadType().getSimpleName())).orElseThrow();

        assertThat(page.items().get(0).data()).isEqualTo(Map.of("shown", "ThingOpenedEvent"));
        assertThat(history.of("t-unknown", PageQuery.of(null, null))).isEmpty();
    }

    @Test
    void readsUpToAnInstantInclusive() {
        assertThat(events.upTo("t-1", T0.plusSeconds(60))).hasSize(2);
        assertThat(events.upTo("t-1", T0.minusSeconds(1))).isEmpty();
        assertThat(events.all("t-1")).hasSize(3);
    }

    private void append(long sequence, Object payload, Instant at, String actor) {
        MetaData metaData = actor == null ? MetaData.emptyInstance()
                : MetaData.with(CallerCorrelationDataProvider.ACTOR_ID, actor);
        store.publish(new GenericDomainEventMessage<>("Thing", "t-1", sequence, payload, metaData,
                UUID.randomUUID().toString(), at));
    }
}
