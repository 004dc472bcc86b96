package com.salesplatform.orders.customer;

import com.salesplatform.orders.integration.inbound.CreditLimitSetV1;
import com.salesplatform.orders.integration.inbound.CustomerReassignedV1;
import com.salesplatform.orders.integration.inbound.LeadRegisteredV1;
import com.salesplatform.platform.config.PlatformProperties;
import com.salesplatform.platform.inbox.InboundSubscription;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Keeps {@link CustomerReplica} from {@code sales.customers.events}. */
@Configuration(proxyBeanMethods = false)
class CustomerSubscription {

    @Bean
    InboundSubscription customerReplicaSubscription(CustomerReplica customers) {
        return InboundSubscription.named("customer-replica")
                .topic(PlatformProperties.topicOf("customers"))
                .on("LeadRegistered", 1, LeadRegisteredV1.class,
                        (lead, envelope) -> customers.recordOwner(lead.customerId(), lead.ownerRepId()))
                .on("LeadRegistered", 2, LeadRegisteredV1.class,
                        (lead, envelope) -> customers.recordOwner(lead.customerId(), lead.ownerRepId()))
                .on("CustomerReassigned", 1, CustomerReassignedV1.class,
                        (change, envelope) -> customers.recordOwner(change.customerId(), change.ownerRepId()))
                .on("CreditLimitSet", 1, CreditLimitSetV1.class,
                        (limit, envelope) -> customers.recordCreditLimit(limit.customerId(), limit.amount()))
                .build();
    }
}
