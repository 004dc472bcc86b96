package com.salesplatform.training.knowledge.query;

import com.salesplatform.training.knowledge.api.ArticleKind;
import com.salesplatform.training.knowledge.api.OpportunityOutcome;
import java.time.Instant;
import java.util.List;

/** One kept version of an article: what it said, who wrote it and when, and whether it was ever published. */
public record ArticleVersionView(int version, ArticleKind kind, String title, String body, List<String> tags,
                                 String opportunityId, OpportunityOutcome opportunityOutcome, String editorId,
                                 Instant writtenAt, Instant publishedAt) {
}
