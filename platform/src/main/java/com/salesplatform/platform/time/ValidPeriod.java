package com.salesplatform.platform.time;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import com.salesplatform.platform.time.CalendarPeriod.Granularity;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A request field or parameter holding a {@link CalendarPeriod} of one of the given granularities, checked with the
 * same grammar the domain reads it with, so that bean validation reports it together with the request's other
 * fields. Absent values pass (combine with {@code @NotBlank} where one is required).
 */
@Documented
@Constraint(validatedBy = ValidPeriodValidator.class)
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT})
@Retention(RUNTIME)
public @interface ValidPeriod {

    Granularity[] value() default {Granularity.YEAR, Granularity.QUARTER, Granularity.MONTH, Granularity.WEEK};

    String message() default "must be a period";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
