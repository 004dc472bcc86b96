package com.salesplatform.gateway.openapi;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code sales.gateway.api-docs.*}: whose documents make the platform's one OpenAPI document.
 *
 * @param services the services, each fetched through its {@code /v3/api-docs/<service>} route
 * @param cacheFor how long a merged document is answered again before the services are asked anew
 */
@ConfigurationProperties("sales.gateway.api-docs")
public record ApiDocumentProperties(@DefaultValue List<String> services, @DefaultValue("30s") Duration cacheFor) {
}
