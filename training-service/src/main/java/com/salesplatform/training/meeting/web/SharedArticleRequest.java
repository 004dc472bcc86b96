package com.salesplatform.training.meeting.web;

import com.salesplatform.training.knowledge.api.ArticleKind;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/** {@code POST /api/meetings/{id}/knowledge-article}: the draft's kind (default SUCCESS_CASE), title and tags. */
public record SharedArticleRequest(
        ArticleKind kind,
        @Size(max = 200) @Schema(example = "经验分享：华联项目复盘") String title,
        @Size(max = 20) List<@NotBlank @Size(max = 50) String> tags) {
}
