package com.salesplatform.targets.risk.web;

import com.salesplatform.targets.risk.api.RiskCategory;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** {@code POST /api/risks}: the shape of docs/domain.md's request table, plus an optional client-chosen {@code id}. */
record IdentifyRiskRequest(
        @Pattern(regexp = UUID_PATTERN, message = "must be a UUID") String id,
        @NotNull RiskCategory category,
        @NotBlank @Size(max = 4000) String description,
        @Min(1) @Max(5) Integer likelihood,
        @Min(1) @Max(5) Integer impact,
        @Pattern(regexp = UUID_PATTERN, message = "must be a UUID") String ownerRepId,
        @Size(max = 4000) String mitigationPlan,
        @Size(max = 4000) String contingencyPlan,
        @Size(max = 50) List<@NotNull @Pattern(regexp = UUID_PATTERN, message = "must be a UUID") String> targetIds,
        @Size(max = 50) List<@NotNull @Pattern(regexp = UUID_PATTERN, message = "must be a UUID") String> customerIds) {

    static final String UUID_PATTERN = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";
}
