package com.salesplatform.training.knowledge.api;

import com.salesplatform.platform.web.PageQuery;

/**
 * A search of the knowledge base. {@code text} (2 characters or more, or null for none) matches Chinese by any
 * fragment and English by word stem; {@code kind} and {@code tag} filter; results ranked, title matches first.
 */
public record FindArticlesQuery(String text, ArticleKind kind, String tag, ArticleReaders readers, PageQuery page) {
}
