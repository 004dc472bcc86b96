package com.salesplatform.customers.integration.outbound;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.salesplatform.customers.customer.api.ContactAddedEvent;
import com.salesplatform.customers.customer.api.CustomerType;
import com.salesplatform.customers.customer.api.LeadChannel;
import com.salesplatform.customers.customer.api.LeadRegisteredEvent;
import com.salesplatform.customers.customer.api.SealedContact;
import com.salesplatform.platform.publishing.PublishedEventCatalog;
import com.salesplatform.platformtest.Contracts;
import java.io.File;
import java.util.Arrays;
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
    void publishesEveryEventOfDomainSectionTwoAtRevisionOneWithAContract() {
        Set<String> types = catalog.publishedTypes().values().stream().collect(Collectors.toCollection(TreeSet::new));
        assertThat(types).containsExactlyInAnyOrder("LeadRegistered/v1", "LeadQualified/v1", "CustomerConverted/v1",
                "CustomerProfileUpdated/v1", "ContactAdded/v1", "CustomerReassigned/v1", "CommunicationLogged/v1",
                "FollowUpScheduled/v1", "FollowUpCompleted/v1", "FollowUpOverdue/v1", "SatisfactionRecorded/v1",
                "ComplaintOpened/v1", "ComplaintResolved/v1", "CreditLimitSet/v1", "CustomerMarkedDormant/v1",
                "CustomerLost/v1", "PersonalDataErased/v1", "ProspectingPlanSet/v1");
        catalog.publishedTypes().forEach((eventClass, type) -> {
            assertThat(eventClass.getAnnotation(Revision.class).value()).isEqualTo("1");
            String name = type.substring(0, type.indexOf('/'));
            assertThat(new File("../" + Contracts.schemaPath("customers", name, 1))).exists();
            Contracts.assertValid(Contracts.schemaPath("customers", name, 1), Contracts.example("customers", name, 1));
        });
    }

    @Test
    void everyExampleIsWhatThisServicePublishesForTheSameEvent() throws Exception {
        for (var entry : catalog.publishedTypes().entrySet()) {
            String name = entry.getValue().substring(0, entry.getValue().indexOf('/'));
            JsonNode example = Contracts.example("customers", name, 1);
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
