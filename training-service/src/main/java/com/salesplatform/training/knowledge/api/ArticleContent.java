package com.salesplatform.training.knowledge.api;

import java.util.List;

/**
 * What one version of an article says. {@code opportunityId} and {@code opportunityOutcome} link it to the won or
 * lost opportunity it learns from; both or neither.
 */
public record ArticleContent(ArticleKind kind, String title, String body, List<String> tags, String opportunityId,
                             OpportunityOutcome opportunityOutcome) {
}
