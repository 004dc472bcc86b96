package com.salesplatform.training.knowledge.query;

import java.util.List;

public record ArticleHits(List<ArticleHit> items, long totalItems) {
}
