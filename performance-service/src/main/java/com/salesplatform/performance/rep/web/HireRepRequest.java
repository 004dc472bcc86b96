package com.salesplatform.performance.rep.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** {@code POST /api/reps}: {@code id} only when the client chooses it. */
public record HireRepRequest(
        @Pattern(regexp = UUID_PATTERN, message = "must be a UUID") String id,
        @NotBlank @Size(max = 200) @Schema(example = "张伟") String name,
        @NotBlank @Pattern(regexp = UUID_PATTERN, message = "must be a UUID") String teamId,
        @NotNull @Min(1) @Max(6) Integer grade,
        @NotNull @PastOrPresent LocalDate hiredOn) {

    static final String UUID_PATTERN = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";
}
