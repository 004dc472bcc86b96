package com.salesplatform.training.knowledge.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A new version of an article; it goes back to draft until published again. */
public record ReviseArticleCommand(@TargetAggregateIdentifier String articleId, String editorId,
                                   ArticleContent content) {
}
