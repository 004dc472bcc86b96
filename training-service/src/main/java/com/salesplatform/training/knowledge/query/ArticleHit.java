package com.salesplatform.training.knowledge.query;

import com.salesplatform.training.knowledge.api.ArticleKind;
import com.salesplatform.training.knowledge.api.ArticleStatus;
import java.time.Instant;
import java.util.List;

/**
 * A search result: the article, how well it matched ({@code rank}, higher first) and a snippet of its body with the
 * matched parts as offsets.
 */
public record ArticleHit(String id, ArticleKind kind, String title, List<String> tags, ArticleStatus status,
                         int version, String authorId, double rank, Snippet snippet, Instant updatedAt) {
}
