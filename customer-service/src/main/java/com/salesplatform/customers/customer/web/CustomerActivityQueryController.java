package com.salesplatform.customers.customer.web;

import com.salesplatform.customers.customer.api.ComplaintStatus;
import com.salesplatform.customers.customer.api.FindCommunicationsQuery;
import com.salesplatform.customers.customer.api.FindComplaintsQuery;
import com.salesplatform.customers.customer.api.FindFollowUpsQuery;
import com.salesplatform.customers.customer.api.FollowUpDueFilter;
import com.salesplatform.customers.customer.api.FollowUpStatus;
import com.salesplatform.customers.customer.query.CommunicationPage;
import com.salesplatform.customers.customer.query.CommunicationView;
import com.salesplatform.customers.customer.query.ComplaintPage;
import com.salesplatform.customers.customer.query.ComplaintView;
import com.salesplatform.customers.customer.query.FollowUpPage;
import com.salesplatform.customers.customer.query.FollowUpView;
import com.salesplatform.platform.access.CallerScope;
import com.salesplatform.platform.rejection.NotFoundException;
import com.salesplatform.platform.security.CallerIdentity;
import com.salesplatform.platform.time.BusinessCalendar;
import com.salesplatform.platform.web.PageQuery;
import com.salesplatform.platform.web.PageResponse;
import jakarta.validation.constraints.Pattern;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * What a rep works from every day: a customer's communication log, follow-ups and complaints as paged lists, and the
 * follow-ups due today or overdue across every customer the caller may see (a REP their own, a MANAGER their team's).
 * A customer the caller may not see is 404, and so is anything of it.
 */
@RestController
@Validated
class CustomerActivityQueryController {

    private static final String CUSTOMER = CustomerController.PATH + "/{id}";

    private final QueryGateway queries;
    private final CustomerAccess access;
    private final Clock clock;

    CustomerActivityQueryController(QueryGateway queries, CustomerAccess access, Clock clock) {
        this.queries = queries;
        this.access = access;
        this.clock = clock;
    }

    @GetMapping(CUSTOMER + "/communications")
    PageResponse<CommunicationView> communications(@PathVariable String id, PageQuery page, CallerIdentity caller) {
        String customer = access.visible(caller, id).id();
        CommunicationPage found = communications(new FindCommunicationsQuery(customer, null, page.size(), page.offset()));
        return PageResponse.of(found.items(), page, found.totalItems());
    }

    @GetMapping(CUSTOMER + "/communications/{communicationId}")
    CommunicationView communication(@PathVariable String id, @PathVariable String communicationId,
                                    CallerIdentity caller) {
        String customer = access.visible(caller, id).id();
        return single(communications(new FindCommunicationsQuery(customer, lower(communicationId), 1, 0)).items(),
                "Communication", communicationId);
    }

    @GetMapping(CUSTOMER + "/follow-ups")
    PageResponse<FollowUpView> followUps(@PathVariable String id, @RequestParam(required = false) FollowUpStatus status,
                                         @RequestParam(required = false) FollowUpDueFilter due, PageQuery page,
                                         CallerIdentity caller) {
        String customer = access.visible(caller, id).id();
        FollowUpPage found = followUps(customer, null, caller, null, status, due, page.size(), page.offset());
        return PageResponse.of(found.items(), page, found.totalItems());
    }

    @GetMapping(CUSTOMER + "/follow-ups/{followUpId}")
    FollowUpView followUp(@PathVariable String id, @PathVariable String followUpId, CallerIdentity caller) {
        String customer = access.visible(caller, id).id();
        return single(followUps(customer, lower(followUpId), caller, null, null, null, 1, 0).items(), "Follow-up",
                followUpId);
    }

    /** The daily work list: open follow-ups due today or overdue, of every customer the caller may see. */
    @GetMapping("/api/follow-ups")
    PageResponse<FollowUpView> workList(
            @RequestParam(required = false) FollowUpDueFilter due,
            @RequestParam(required = false) FollowUpStatus status,
            @RequestParam(required = false)
            @Pattern(regexp = Requests.UUID_PATTERN, message = "must be a UUID") String repId,
            PageQuery page, CallerIdentity caller) {
        FollowUpPage found = followUps(null, null, caller, repId == null ? null : lower(repId), status, due,
                page.size(), page.offset());
        return PageResponse.of(found.items(), page, found.totalItems());
    }

    @GetMapping(CUSTOMER + "/complaints")
    PageResponse<ComplaintView> complaints(@PathVariable String id,
                                           @RequestParam(required = false) ComplaintStatus status, PageQuery page,
                                           CallerIdentity caller) {
        String customer = access.visible(caller, id).id();
        ComplaintPage found = complaints(new FindComplaintsQuery(customer, null, status, page.size(), page.offset()));
        return PageResponse.of(found.items(), page, found.totalItems());
    }

    @GetMapping(CUSTOMER + "/complaints/{complaintId}")
    ComplaintView complaint(@PathVariable String id, @PathVariable String complaintId, CallerIdentity caller) {
        String customer = access.visible(caller, id).id();
        return single(complaints(new FindComplaintsQuery(customer, lower(complaintId), null, 1, 0)).items(),
                "Complaint", complaintId);
    }

    private FollowUpPage followUps(String customerId, String followUpId, CallerIdentity caller, String ownerRepId,
                                   FollowUpStatus status, FollowUpDueFilter due, int limit, long offset) {
        Instant now = clock.instant();
        BusinessCalendar calendar = BusinessCalendar.of(clock);
        LocalDate today = calendar.dateOf(now);
        return queries.query(new FindFollowUpsQuery(customerId, followUpId, CallerScope.of(caller), ownerRepId,
                        status, due, now, calendar.startOf(today), calendar.endOf(today), limit, offset),
                ResponseTypes.instanceOf(FollowUpPage.class)).join();
    }

    private CommunicationPage communications(FindCommunicationsQuery query) {
        return queries.query(query, ResponseTypes.instanceOf(CommunicationPage.class)).join();
    }

    private ComplaintPage complaints(FindComplaintsQuery query) {
        return queries.query(query, ResponseTypes.instanceOf(ComplaintPage.class)).join();
    }

    private static <T> T single(List<T> found, String what, String id) {
        if (found.isEmpty()) {
            throw new NotFoundException(what, id);
        }
        return found.get(0);
    }

    private static String lower(String id) {
        return CustomerController.lower(id);
    }
}
