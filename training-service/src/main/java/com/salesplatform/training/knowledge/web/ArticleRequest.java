package com.salesplatform.training.knowledge.web;

import com.salesplatform.training.knowledge.api.ArticleContent;
import com.salesplatform.training.knowledge.api.ArticleKind;
import com.salesplatform.training.knowledge.api.OpportunityOutcome;
import com.salesplatform.training.shared.Ids;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * {@code POST /api/knowledge/articles} and {@code PUT /api/knowledge/articles/{id}}: an article's content;
 * {@code id} only when the client chooses it on creation.
 */
public record ArticleRequest(
        @Pattern(regexp = Ids.UUID_PATTERN, message = "must be a UUID") String id,
        @NotBlank @Size(max = 200) @Schema(example = "大客户谈判中的价格锚定") String title,
        @NotNull ArticleKind kind,
        @NotBlank @Size(max = 50_000) @Schema(example = "先了解客户预算，再给出分层报价。") String body,
        @Size(max = 20) List<@NotBlank @Size(max = 50) String> tags,
        @Pattern(regexp = Ids.UUID_PATTERN, message = "must be a UUID") String opportunityId,
        OpportunityOutcome opportunityOutcome) {

    ArticleContent content() {
        return new ArticleContent(kind, title, body, tags, Ids.normalised(opportunityId), opportunityOutcome);
    }
}
