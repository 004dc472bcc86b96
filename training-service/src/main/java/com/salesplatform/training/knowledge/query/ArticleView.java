package com.salesplatform.training.knowledge.query;

import com.salesplatform.training.knowledge.api.ArticleKind;
import com.salesplatform.training.knowledge.api.ArticleStatus;
import com.salesplatform.training.knowledge.api.OpportunityOutcome;
import java.time.Instant;
import java.util.List;

/** An article's current version as the API shows it. */
public record ArticleView(String id, ArticleKind kind, String title, String body, List<String> tags,
                          ArticleStatus status, int version, String authorId, String opportunityId,
                          OpportunityOutcome opportunityOutcome, String sourceMeetingId, Instant updatedAt) {
}
