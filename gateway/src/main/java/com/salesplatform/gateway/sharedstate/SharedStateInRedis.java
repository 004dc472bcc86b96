package com.salesplatform.gateway.sharedstate;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/** True when a Redis URL is configured ({@code sales.gateway.shared-state.redis-url}, {@code SALES_REDIS_URL}). */
class SharedStateInRedis implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return StringUtils.hasText(context.getEnvironment().getProperty("sales.gateway.shared-state.redis-url"));
    }
}
