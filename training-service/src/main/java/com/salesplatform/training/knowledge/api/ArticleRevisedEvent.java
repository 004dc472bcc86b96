package com.salesplatform.training.knowledge.api;

import java.util.List;
import org.axonframework.serialization.Revision;

/** Published as ArticleRevised v1: {@code version} (from 2) replaces the article's content; earlier ones are kept. */
@Revision("1")
public record ArticleRevisedEvent(String articleId, int version, String editorId, ArticleKind kind, String title,
                                  String body, List<String> tags, String opportunityId,
                                  OpportunityOutcome opportunityOutcome) {
}
