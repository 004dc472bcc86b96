package com.salesplatform.training.knowledge.api;

public record FindArticleQuery(String articleId) {
}
