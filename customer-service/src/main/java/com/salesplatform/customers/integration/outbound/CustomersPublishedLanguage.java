package com.salesplatform.customers.integration.outbound;

import com.salesplatform.customers.customer.api.CommunicationLoggedEvent;
import com.salesplatform.customers.customer.api.ComplaintOpenedEvent;
import com.salesplatform.customers.customer.api.ComplaintResolvedEvent;
import com.salesplatform.customers.customer.api.ContactAddedEvent;
import com.salesplatform.customers.customer.api.ContactErasedEvent;
import com.salesplatform.customers.customer.api.CreditLimitSetEvent;
import com.salesplatform.customers.customer.api.CustomerConvertedEvent;
import com.salesplatform.customers.customer.api.CustomerLostEvent;
import com.salesplatform.customers.customer.api.CustomerMarkedDormantEvent;
import com.salesplatform.customers.customer.api.CustomerProfileUpdatedEvent;
import com.salesplatform.customers.customer.api.CustomerReassignedEvent;
import com.salesplatform.customers.customer.api.FollowUpCompletedEvent;
import com.salesplatform.customers.customer.api.FollowUpOverdueEvent;
import com.salesplatform.customers.customer.api.FollowUpScheduledEvent;
import com.salesplatform.customers.customer.api.LeadQualifiedEvent;
import com.salesplatform.customers.customer.api.LeadRegisteredEvent;
import com.salesplatform.customers.customer.api.PersonalDataErasedEvent;
import com.salesplatform.customers.customer.api.SatisfactionRecordedEvent;
import com.salesplatform.customers.prospecting.api.ProspectingPlanSetEvent;
import com.salesplatform.platform.publishing.PublishedEventCatalog;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The events this service publishes on {@code sales.customers.events}, by contract name and version. Personal data
 * never leaves: contact persons' names, phones and e-mails are left out of LeadRegistered and ContactAdded, a B2C
 * customer (a person) is named by its pseudonym in LeadRegistered v2 and CustomerProfileUpdated v2, and the v2 of
 * CommunicationLogged, FollowUpScheduled, FollowUpCompleted, SatisfactionRecorded, ComplaintOpened and
 * ComplaintResolved leave their free texts out. A topic cannot be erased, so none of it is ever on it.
 */
@Configuration(proxyBeanMethods = false)
public class CustomersPublishedLanguage {

    @Bean
    PublishedEventCatalog publishedEvents() {
        return PublishedEventCatalog.builder()
                .publish(LeadRegisteredEvent.class, "LeadRegistered", 2, LeadRegisteredV2::of)
                .publish(LeadQualifiedEvent.class, "LeadQualified", 1)
                .publish(CustomerConvertedEvent.class, "CustomerConverted", 1)
                .publish(CustomerProfileUpdatedEvent.class, "CustomerProfileUpdated", 2, CustomerProfileUpdatedV2::of)
                .publish(ContactAddedEvent.class, "ContactAdded", 1, ContactAddedV1::of)
                .publish(ContactErasedEvent.class, "ContactErased", 1)
                .publish(CustomerReassignedEvent.class, "CustomerReassigned", 1)
                .publish(CommunicationLoggedEvent.class, "CommunicationLogged", 2, CommunicationLoggedV2::of)
                .publish(FollowUpScheduledEvent.class, "FollowUpScheduled", 2, FollowUpScheduledV2::of)
                .publish(FollowUpCompletedEvent.class, "FollowUpCompleted", 2, FollowUpCompletedV2::of)
                .publish(FollowUpOverdueEvent.class, "FollowUpOverdue", 1)
                .publish(SatisfactionRecordedEvent.class, "SatisfactionRecorded", 2, SatisfactionRecordedV2::of)
                .publish(ComplaintOpenedEvent.class, "ComplaintOpened", 2, ComplaintOpenedV2::of)
                .publish(ComplaintResolvedEvent.class, "ComplaintResolved", 2, ComplaintResolvedV2::of)
                .publish(CreditLimitSetEvent.class, "CreditLimitSet", 1)
                .publish(CustomerMarkedDormantEvent.class, "CustomerMarkedDormant", 1)
                .publish(CustomerLostEvent.class, "CustomerLost", 1)
                .publish(PersonalDataErasedEvent.class, "PersonalDataErased", 1)
                .publish(ProspectingPlanSetEvent.class, "ProspectingPlanSet", 1)
                .build();
    }
}
