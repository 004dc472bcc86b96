package com.salesplatform.platform.time;

import com.salesplatform.platform.rejection.FieldRejectedException;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks a {@link ValidPeriod} with {@link CalendarPeriod}'s grammar and answers its message (the allowed forms). */
public class ValidPeriodValidator implements ConstraintValidator<ValidPeriod, String> {

    private CalendarPeriod.Granularity[] allowed;

    @Override
    public void initialize(ValidPeriod annotation) {
        allowed = annotation.value();
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        try {
            CalendarPeriod.parse(value, "period", allowed);
            return true;
        } catch (FieldRejectedException refused) {
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(refused.getMessage().replace("{", "\\{"))
                    .addConstraintViolation();
            return false;
        }
    }
}
