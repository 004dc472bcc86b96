package com.salesplatform.training.knowledge.api;

import com.salesplatform.platform.web.PageQuery;

/** Every version of an article, newest first. */
public record FindArticleVersionsQuery(String articleId, PageQuery page) {
}
