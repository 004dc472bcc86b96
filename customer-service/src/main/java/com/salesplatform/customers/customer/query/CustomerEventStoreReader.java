package com.salesplatform.customers.customer.query;

import com.salesplatform.customers.customer.api.FindCustomerQuery;
import com.salesplatform.customers.personaldata.PersonalDataCipher;
import com.salesplatform.customers.lookup.PurchaseHistory;
import com.salesplatform.platform.history.AggregateEvents;
import java.time.Instant;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/**
 * Answers the profile straight from the customer's event stream (a few hundred events at most), so "now" and
 * "as of" are the same fold and contact details are opened with the key as it is now: erased everywhere
 * at once.
 */
@Component
public class CustomerEventStoreReader {

    private final AggregateEvents events;
    private final PersonalDataCipher cipher;
    private final PurchaseHistory purchases;

    CustomerEventStoreReader(AggregateEvents events, PersonalDataCipher cipher, PurchaseHistory purchases) {
        this.events = events;
        this.cipher = cipher;
        this.purchases = purchases;
    }

    @QueryHandler
    Optional<CustomerProfile> handle(FindCustomerQuery query) {
        CustomerProfileBuilder profile = new CustomerProfileBuilder(query.customerId());
        events.upTo(query.customerId(), query.asOf() == null ? Instant.MAX : query.asOf())
                .forEach(event -> profile.apply(event.getPayload(), event.getTimestamp()));
        if (!profile.registered()) {
            return Optional.empty();
        }
        return Optional.of(profile.build(cipher, purchases.of(query.customerId(), query.asOf()), query.asOf()));
    }
}
