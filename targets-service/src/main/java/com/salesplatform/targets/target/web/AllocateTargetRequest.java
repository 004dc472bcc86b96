package com.salesplatform.targets.target.web;

import com.salesplatform.targets.target.api.TargetScope;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/** {@code POST /api/targets/{id}/allocations}: the whole new allocation, replacing the previous one. */
record AllocateTargetRequest(@NotEmpty @Size(max = 200) List<@NotNull @Valid Entry> allocations) {

    record Entry(
            @NotNull TargetScope scope,
            @NotNull @Pattern(regexp = SetTargetRequest.UUID_PATTERN, message = "must be a UUID") String ownerId,
            @NotNull @Positive @Digits(integer = 15, fraction = 2) BigDecimal amount) {
    }
}
