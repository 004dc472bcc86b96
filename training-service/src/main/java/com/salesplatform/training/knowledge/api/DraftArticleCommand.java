package com.salesplatform.training.knowledge.api;

/** Writes a new article as a draft; {@code sourceMeetingId} when it comes from an experience-sharing meeting. */
public record DraftArticleCommand(String articleId, String authorId, ArticleContent content, String sourceMeetingId) {
}
