package com.salesplatform.customers.customer.web;

import static com.salesplatform.platform.web.ProblemDetailsExceptionHandler.problem;

import com.salesplatform.customers.customer.DuplicateCustomerException;
import com.salesplatform.platform.security.CallerIdentity;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A lead that looks like an existing customer: 409 {@code duplicate-customer}. The existing customer's id
 * ({@code existingCustomerId}) is given only to a caller who may see that customer; anyone else learns that a
 * duplicate exists and nothing about it, so another team's customer cannot be found by its phone, e-mail or name.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class DuplicateCustomerAdvice {

    private final CustomerAccess access;

    DuplicateCustomerAdvice(CustomerAccess access) {
        this.access = access;
    }

    @ExceptionHandler(DuplicateCustomerException.class)
    ProblemDetail duplicate(DuplicateCustomerException ex) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "duplicate-customer", "Possible duplicate customer",
                ex.getMessage());
        boolean visible = CallerIdentity.current()
                .flatMap(caller -> access.find(caller, ex.existingCustomerId()))
                .isPresent();
        if (visible) {
            problem.setProperty("existingCustomerId", ex.existingCustomerId());
        }
        return problem;
    }
}
