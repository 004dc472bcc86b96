package com.salesplatform.training.knowledge.api;

import java.util.List;
import org.axonframework.serialization.Revision;

/** Published as ArticleDrafted v1: version 1 of a new knowledge-base article, not yet published. */
@Revision("1")
public record ArticleDraftedEvent(String articleId, String authorId, ArticleKind kind, String title, String body,
                                  List<String> tags, String opportunityId, OpportunityOutcome opportunityOutcome,
                                  String sourceMeetingId) {
}
