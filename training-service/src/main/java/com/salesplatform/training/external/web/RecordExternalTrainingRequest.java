package com.salesplatform.training.external.web;

import com.salesplatform.training.external.api.ExternalTrainingKind;
import com.salesplatform.training.shared.Ids;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/** {@code POST /api/external-trainings}; {@code repId} defaults to the caller. */
public record RecordExternalTrainingRequest(
        @Pattern(regexp = Ids.UUID_PATTERN, message = "must be a UUID") String id,
        @Pattern(regexp = Ids.UUID_PATTERN, message = "must be a UUID") String repId,
        @NotNull ExternalTrainingKind kind,
        @NotBlank @Size(max = 200) @Schema(example = "中国销售管理峰会") String title,
        @NotBlank @Size(max = 200) @Schema(example = "中国商业联合会") String organiser,
        @NotNull LocalDate attendedOn,
        @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("500") @Digits(integer = 3, fraction = 2)
        BigDecimal hours) {
}
