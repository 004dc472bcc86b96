package com.salesplatform.training.knowledge.query;

import java.util.List;

public record ArticleVersions(List<ArticleVersionView> items, long totalItems) {
}
