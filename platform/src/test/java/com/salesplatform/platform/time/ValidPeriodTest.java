package com.salesplatform.platform.time;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesplatform.platform.time.CalendarPeriod.Granularity;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ValidPeriodTest {

    private final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

    record Opening(@ValidPeriod({Granularity.MONTH, Granularity.QUARTER}) String period) {
    }

    record Report(@ValidPeriod String period) {
    }

    @Test
    void acceptsTheAllowedGranularitiesAndAnAbsentValue() {
        assertThat(validator.validate(new Opening("2027-03"))).isEmpty();
        assertThat(validator.validate(new Opening("2027-Q1"))).isEmpty();
        assertThat(validator.validate(new Opening(null))).isEmpty();
        assertThat(validator.validate(new Report("2027-W09"))).isEmpty();
    }

    @Test
    void refusesOtherGranularitiesAndUnreadableValuesWithTheAllowedForms() {
        Set<ConstraintViolation<Opening>> year = validator.validate(new Opening("2027"));
        assertThat(year).singleElement().satisfies(violation -> {
            assertThat(violation.getPropertyPath()).hasToString("period");
            assertThat(violation.getMessage()).isEqualTo("must be a month (2027-03) or a quarter (2027-Q1)");
        });
        assertThat(validator.validate(new Report("2027-W54"))).singleElement()
                .extracting(ConstraintViolation::getMessage)
                .isEqualTo("must be a year (2027), a quarter (2027-Q1), a month (2027-03) or an ISO week (2027-W09)");
    }
}
