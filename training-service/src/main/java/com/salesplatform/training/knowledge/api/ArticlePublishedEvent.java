package com.salesplatform.training.knowledge.api;

import org.axonframework.serialization.Revision;

/** Published as ArticlePublished v1: the article's current {@code version} is visible to every rep. */
@Revision("1")
public record ArticlePublishedEvent(String articleId, int version) {
}
