package com.salesplatform.training.knowledge.api;

public enum ArticleKind {
    SUCCESS_CASE, FAILURE_LESSON, PLAYBOOK, SALES_SCRIPT, PRODUCT_FAQ, PRESENTATION
}
