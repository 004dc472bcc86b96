package com.salesplatform.training.knowledge.api;

public enum ArticleStatus {
    DRAFT, PUBLISHED
}
