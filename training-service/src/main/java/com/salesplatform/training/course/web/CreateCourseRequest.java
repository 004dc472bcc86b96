package com.salesplatform.training.course.web;

import com.salesplatform.training.course.api.CourseCategory;
import com.salesplatform.training.course.api.CourseFormat;
import com.salesplatform.training.shared.Ids;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** {@code POST /api/courses}; {@code passMark} defaults to 60, {@code certificationValidMonths} to 24. */
public record CreateCourseRequest(
        @Pattern(regexp = Ids.UUID_PATTERN, message = "must be a UUID") String id,
        @NotBlank @Size(max = 200) @Schema(example = "大客户谈判技巧") String title,
        @NotNull CourseCategory category,
        @NotNull CourseFormat format,
        @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("1000") @Digits(integer = 4, fraction = 2)
        BigDecimal durationHours,
        @Min(0) @Max(100) Integer passMark,
        @Min(1) @Max(120) Integer certificationValidMonths) {
}
