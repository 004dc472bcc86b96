package com.salesplatform.customers.customer.web;

import static com.salesplatform.platform.web.ProblemDetailsExceptionHandler.problem;

import com.salesplatform.customers.customer.DuplicateCustomerException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A lead that looks like an existing customer: 409 {@code duplicate-customer} with {@code existingCustomerId}. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class DuplicateCustomerAdvice {

    @ExceptionHandler(DuplicateCustomerException.class)
    ProblemDetail duplicate(DuplicateCustomerException ex) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "duplicate-customer", "Possible duplicate customer",
                ex.getMessage());
        problem.setProperty("existingCustomerId", ex.existingCustomerId());
        return problem;
    }
}
