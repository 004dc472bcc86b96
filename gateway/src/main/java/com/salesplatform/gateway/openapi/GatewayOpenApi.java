package com.salesplatform.gateway.openapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.servers.Server;
import java.util.List;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The gateway's own document ({@code /v3/api-docs/gateway}): its sign-in endpoints, public, with the problem+json
 * schema of their errors (docs/errors.md). Merged after the services', whose {@code Problem} keeps the name.
 */
@Configuration(proxyBeanMethods = false)
public class GatewayOpenApi {

    public static final String PROBLEM_REF = "#/components/schemas/Problem";

    @Bean
    OpenApiCustomizer gatewayDocument() {
        return openApi -> {
            openApi.info(new Info().title("gateway").version("0.1.0")
                            .description("The gateway's own endpoints: signing in and refreshing tokens."))
                    .servers(List.of(new Server().url("/").description("the gateway")));
            Components components = openApi.getComponents() == null ? new Components() : openApi.getComponents();
            openApi.components(components.addSchemas("Problem", problem()));
        };
    }

    @SuppressWarnings("rawtypes")
    private static Schema problem() {
        Schema problem = new ObjectSchema()
                .description("RFC 9457 problem details; type is one of docs/errors.md")
                .addProperty("type", new StringSchema().format("uri"))
                .addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema())
                .addProperty("detail", new StringSchema().example("用户名或密码错误"))
                .addProperty("instance", new StringSchema().format("uri-reference"))
                .addProperty("errors", new ArraySchema().items(new ObjectSchema()
                        .addProperty("field", new StringSchema()).addProperty("message", new StringSchema())));
        problem.setRequired(List.of("type", "title", "status"));
        return problem;
    }
}
