package com.salesplatform.customers.customer.web;

import com.salesplatform.customers.customer.api.CustomerStatus;
import com.salesplatform.customers.customer.api.FindCustomerQuery;
import com.salesplatform.customers.customer.api.FindCustomersQuery;
import com.salesplatform.customers.customer.query.CustomerEventData;
import com.salesplatform.customers.customer.query.CustomerList;
import com.salesplatform.customers.customer.query.CustomerProfile;
import com.salesplatform.customers.customer.query.CustomerSummary;
import com.salesplatform.platform.access.CallerScope;
import com.salesplatform.platform.history.EventHistory;
import com.salesplatform.platform.history.HistoryEntry;
import com.salesplatform.platform.rejection.NotFoundException;
import com.salesplatform.platform.security.CallerIdentity;
import com.salesplatform.platform.time.AsOf;
import com.salesplatform.platform.web.PageQuery;
import com.salesplatform.platform.web.PageResponse;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(CustomerController.PATH)
class CustomerQueryController {

    private final QueryGateway queries;
    private final CustomerAccess access;
    private final EventHistory history;
    private final CustomerEventData eventData;

    CustomerQueryController(QueryGateway queries, CustomerAccess access, EventHistory history,
                            CustomerEventData eventData) {
        this.queries = queries;
        this.access = access;
        this.history = history;
        this.eventData = eventData;
    }

    /** The customers the caller may see, by name; {@code q} finds a name fragment, Chinese included. */
    @GetMapping
    PageResponse<CustomerSummary> customers(
            @RequestParam(required = false)
            @Pattern(regexp = Requests.UUID_PATTERN, message = "must be a UUID") String ownerRepId,
            @RequestParam(required = false) CustomerStatus status,
            @RequestParam(required = false) @Size(min = 1, max = 100) String q,
            PageQuery page, CallerIdentity caller) {
        String owner = ownerRepId == null ? null : CustomerController.lower(ownerRepId);
        String fragment = q == null || q.isBlank() ? null : q.strip();
        CustomerList customers = queries.query(new FindCustomersQuery(owner, status, fragment,
                CallerScope.of(caller), page), ResponseTypes.instanceOf(CustomerList.class)).join();
        return PageResponse.of(customers.items(), page, customers.totalItems());
    }

    /** The customer file now, or as it was at {@code asOf} (an instant, or a date: the end of that day). */
    @GetMapping("/{id}")
    CustomerProfile customer(@PathVariable String id, @RequestParam(name = "asOf", required = false) AsOf when,
                             CallerIdentity caller) {
        access.visible(caller, id);
        Instant asOf = AsOf.instantOf(when);
        return queries.query(new FindCustomerQuery(id, asOf), ResponseTypes.optionalInstanceOf(CustomerProfile.class))
                .join().orElseThrow(() -> new NotFoundException("Customer", id + (asOf == null ? "" : " at " + asOf)));
    }

    /** Every event of the customer, oldest first, with who did it and when (personal data as readable now). */
    @GetMapping("/{id}/history")
    PageResponse<HistoryEntry> history(@PathVariable String id, PageQuery page, CallerIdentity caller) {
        access.visible(caller, id);
        return history.of(id, page, eventData.of(id)).orElseThrow(() -> new NotFoundException("Customer", id));
    }
}
