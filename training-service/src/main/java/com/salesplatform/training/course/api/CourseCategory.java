package com.salesplatform.training.course.api;

public enum CourseCategory {
    PRODUCT_KNOWLEDGE, SALES_SKILLS, NEGOTIATION, MARKET_TRENDS, CRM_TOOLS, COMPLIANCE
}
