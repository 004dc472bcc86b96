package com.salesplatform.targets.risk.web;

import com.salesplatform.targets.risk.api.RiskCategory;
import io.swagger.v3.oas.annotations.media.Schema;
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
        @NotBlank @Size(max = 4000) @Schema(example = "主要客户可能延期付款") String description,
        @Min(1) @Max(5) Integer likelihood,
        @Min(1) @Max(5) Integer impact,
        @Pattern(regexp = UUID_PATTERN, message = "must be a UUID") String ownerRepId,
        @Size(max = 4000) @Schema(example = "缩短账期并每周跟进回款") String mitigationPlan,
        @Size(max = 4000) @Schema(example = "启动信用保险理赔") String contingencyPlan,
        @Size(max = 50) List<@NotNull @Pattern(regexp = UUID_PATTERN, message = "must be a UUID") String> targetIds,
        @Size(max = 50) List<@NotNull @Pattern(regexp = UUID_PATTERN, message = "must be a UUID") String> customerIds) {

    static final String UUID_PATTERN = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";
}
