package com.salesplatform.customers.integration.outbound;

import com.salesplatform.customers.customer.api.CommunicationLoggedEvent;
import com.salesplatform.customers.customer.api.ComplaintOpenedEvent;
import com.salesplatform.customers.customer.api.ComplaintResolvedEvent;
import com.salesplatform.customers.customer.api.ContactAddedEvent;
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
 * The events this service publishes on {@code sales.customers.events}, by contract name and version. Contact
 * persons' names, phones and e-mails never leave: LeadRegistered and ContactAdded are published without them.
 */
@Configuration(proxyBeanMethods = false)
public class CustomersPublishedLanguage {

    @Bean
    PublishedEventCatalog publishedEvents() {
        return PublishedEventCatalog.builder()
                .publish(LeadRegisteredEvent.class, "LeadRegistered", 1, LeadRegisteredV1::of)
                .publish(LeadQualifiedEvent.class, "LeadQualified", 1)
                .publish(CustomerConvertedEvent.class, "CustomerConverted", 1)
                .publish(CustomerProfileUpdatedEvent.class, "CustomerProfileUpdated", 1)
                .publish(ContactAddedEvent.class, "ContactAdded", 1, ContactAddedV1::of)
                .publish(CustomerReassignedEvent.class, "CustomerReassigned", 1)
                .publish(CommunicationLoggedEvent.class, "CommunicationLogged", 1)
                .publish(FollowUpScheduledEvent.class, "FollowUpScheduled", 1)
                .publish(FollowUpCompletedEvent.class, "FollowUpCompleted", 1)
                .publish(FollowUpOverdueEvent.class, "FollowUpOverdue", 1)
                .publish(SatisfactionRecordedEvent.class, "SatisfactionRecorded", 1)
                .publish(ComplaintOpenedEvent.class, "ComplaintOpened", 1)
                .publish(ComplaintResolvedEvent.class, "ComplaintResolved", 1)
                .publish(CreditLimitSetEvent.class, "CreditLimitSet", 1)
                .publish(CustomerMarkedDormantEvent.class, "CustomerMarkedDormant", 1)
                .publish(CustomerLostEvent.class, "CustomerLost", 1)
                .publish(PersonalDataErasedEvent.class, "PersonalDataErased", 1)
                .publish(ProspectingPlanSetEvent.class, "ProspectingPlanSet", 1)
                .build();
    }
}
