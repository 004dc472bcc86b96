package com.salesplatform.platform.openapi;

import com.salesplatform.platform.security.CallerIdentity;
import com.salesplatform.platform.web.PageQuery;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;

/**
 * One OpenAPI style for every service (docs/api-guidelines.md). The caller and the page are resolved by the
 * platform, not sent as parameters: the document shows the bearer token and {@code page}/{@code size} instead.
 */
@AutoConfiguration
@ConditionalOnClass(OperationCustomizer.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class OpenApiAutoConfiguration {

    static {
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(CallerIdentity.class, PageQuery.class);
    }

    @Bean
    OpenApiCustomizer platformOpenApi(@Value("${spring.application.name}") String application,
                                      @Value("${sales.platform.api-version:0.1.0}") String version) {
        return new PlatformOpenApi(application, version);
    }

    @Bean
    OperationCustomizer platformOperations() {
        return new PlatformOperations();
    }
}
