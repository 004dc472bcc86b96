package com.salesplatform.customers.integration.outbound;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.salesplatform.customers.customer.api.CommunicationLoggedEvent;
import com.salesplatform.customers.customer.api.CommunicationType;
import com.salesplatform.customers.customer.api.ContactAddedEvent;
import com.salesplatform.customers.customer.api.CustomerProfileUpdatedEvent;
import com.salesplatform.customers.customer.api.CustomerType;
import com.salesplatform.customers.customer.api.LeadChannel;
import com.salesplatform.customers.customer.api.LeadRegisteredEvent;
import com.salesplatform.customers.customer.api.SealedContact;
import com.salesplatform.platform.publishing.PublishedEventCatalog;
import com.salesplatform.platformtest.Contracts;
import java.io.File;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.axonframework.serialization.Revision;
import org.junit.jupiter.api.Test;

class CustomersPublishedLanguageTest {

    private static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .serializationInclusion(JsonInclude.Include.NON_ABSENT).build();
    private static final SealedContact SEALED = new SealedContact("2a3b4c5d-6e7f-4a8b-9c0d-1e2f3a4b5c61", "gcm1:n",
            "gcm1:p", "gcm1:e", "采购");

    private final PublishedEventCatalog catalog = new CustomersPublishedLanguage().publishedEvents();

    @Test
    void publishesEveryEventOfDomainSectionTwoWithAContractAndThoseThatCarriedPersonalDataAsVersionTwo() {
        Set<String> types = catalog.publishedTypes().values().stream().collect(Collectors.toCollection(TreeSet::new));
        assertThat(types).containsExactlyInAnyOrder("LeadRegistered/v2", "LeadQualified/v1", "CustomerConverted/v1",
                "CustomerProfileUpdated/v2", "ContactAdded/v1", "ContactErased/v1", "CustomerReassigned/v1",
                "CommunicationLogged/v2", "FollowUpScheduled/v2", "FollowUpCompleted/v2", "FollowUpOverdue/v1",
                "SatisfactionRecorded/v2", "ComplaintOpened/v2", "ComplaintResolved/v2", "CreditLimitSet/v1",
                "CustomerMarkedDormant/v1", "CustomerLost/v1", "PersonalDataErased/v1", "ProspectingPlanSet/v1");
        catalog.publishedTypes().forEach((eventClass, type) -> {
            assertThat(eventClass.getAnnotation(Revision.class)).as(eventClass.getSimpleName()).isNotNull();
            var contract = catalog.contractTypeOf(eventClass).orElseThrow();
            for (int version = 1; version <= contract.version(); version++) {
                String schema = Contracts.schemaPath("customers", contract.type(), version);
                assertThat(new File("../" + schema)).as("older versions keep their schemas").exists();
                Contracts.assertValid(schema, Contracts.example("customers", contract.type(), version));
            }
        });
    }

    @Test
    void everyExampleIsWhatThisServicePublishesForTheSameEvent() throws Exception {
        for (var entry : catalog.publishedTypes().entrySet()) {
            var contract = catalog.contractTypeOf(entry.getKey()).orElseThrow();
            String name = contract.type();
            JsonNode example = Contracts.example("customers", name, contract.version());
            Object event = JSON.treeToValue(withSealedContactWhereNeeded(entry.getKey(), example), entry.getKey());
            JsonNode published = JSON.readTree(JSON.writeValueAsString(
                    catalog.publicationOf(event).orElseThrow().data()));
            assertThat(published).as(name).isEqualTo(example);
        }
    }

    @Test
    void leadRegisteredAndContactAddedLeaveTheContactsPersonalDataOut() {
        LeadRegisteredEvent registered = new LeadRegisteredEvent("9c1d3b52-6f0a-4a7e-8d2b-3e5f7a9b1c01", "华联",
                CustomerType.B2B, null, null, LeadChannel.PHONE, "5a1e5000-0000-4000-8000-0000000000c1", SEALED);
        String lead = JSON.valueToTree(catalog.publicationOf(registered).orElseThrow().data()).toString();
        String contact = JSON.valueToTree(catalog.publicationOf(new ContactAddedEvent(registered.customerId(), SEALED))
                .orElseThrow().data()).toString();
        assertThat(lead).doesNotContain("gcm1:", "contact");
        assertThat(contact).doesNotContain("gcm1:").contains("\"role\":\"采购\"");
    }

    @Test
    void aB2cCustomerIsPublishedUnderItsPseudonymAndConversationTextsNotAtAll() {
        String id = "9c1d3b52-6f0a-4a7e-8d2b-3e5f7a9b1c01";
        LeadRegisteredEvent registered = new LeadRegisteredEvent(id, "gcm1:sealed-name", CustomerType.B2C, null, null,
                LeadChannel.PHONE, "5a1e5000-0000-4000-8000-0000000000c1", null);
        assertThat(JSON.valueToTree(catalog.publicationOf(registered).orElseThrow().data()).path("name").asText())
                .isEqualTo("客户 9c1d3b52");
        var updated = new CustomerProfileUpdatedEvent(id, "gcm1:sealed",
                CustomerType.B2C, null, null, List.of());
        assertThat(JSON.valueToTree(catalog.publicationOf(updated).orElseThrow().data()).path("name").asText())
                .isEqualTo("客户 9c1d3b52");
        var logged = new CommunicationLoggedEvent(id,
                "1e2d3c4b-5a69-4877-8665-544332211000", "5a1e5000-0000-4000-8000-0000000000c1",
                CommunicationType.CALL, Instant.EPOCH,
                "gcm1:summary", "gcm1:outcome", null);
        assertThat(JSON.valueToTree(catalog.publicationOf(logged).orElseThrow().data()).toString())
                .doesNotContain("gcm1:", "summary", "outcome", "nextStep");
    }

    private static JsonNode withSealedContactWhereNeeded(Class<?> eventClass, JsonNode example) {
        boolean carriesContact = Arrays.stream(eventClass.getRecordComponents())
                .anyMatch(component -> component.getType() == SealedContact.class);
        if (!carriesContact) {
            return example;
        }
        var copy = example.deepCopy();
        var node = (com.fasterxml.jackson.databind.node.ObjectNode) copy;
        if (eventClass == ContactAddedEvent.class) {
            node.set("contact", JSON.valueToTree(new SealedContact(example.path("contactId").asText(), "gcm1:n", null,
                    null, example.path("role").asText())));
            node.remove("contactId");
            node.remove("role");
        }
        return node;
    }
}
