package com.salesplatform.gateway.limits;

import java.util.List;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * {@code sales.gateway.*}: what the gateway lets in from a browser or a client.
 *
 * @param maxBodySize the largest request body accepted
 * @param corsOrigins the frontend origins (e.g. {@code https://sales.example.com}) allowed to call the API from a
 *                    browser; none by default
 */
@Validated
@ConfigurationProperties("sales.gateway")
public record GatewayHttpProperties(
        @NotNull @DefaultValue("1MB") DataSize maxBodySize,
        @DefaultValue List<String> corsOrigins) {

    public GatewayHttpProperties {
        corsOrigins = corsOrigins == null ? List.of()
                : corsOrigins.stream().map(String::trim).filter(origin -> !origin.isEmpty()).toList();
    }
}
