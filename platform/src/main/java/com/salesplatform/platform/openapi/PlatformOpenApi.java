package com.salesplatform.platform.openapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.util.List;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * What every service's document shares: its title, the relative server (the document is served through the
 * gateway as well as by the service), the bearer JWT every operation needs and the problem+json schema of every
 * error (docs/errors.md).
 */
class PlatformOpenApi implements OpenApiCustomizer {

    static final String BEARER = "bearerAuth";
    static final String PROBLEM = "Problem";
    static final String PROBLEM_TYPES = "https://sales-platform.dev/problems/";

    private final String application;
    private final String version;

    PlatformOpenApi(String application, String version) {
        this.application = application;
        this.version = version;
    }

    @Override
    public void customise(OpenAPI openApi) {
        openApi.info(new Info().title(application).version(version)
                        .description("The " + application + " API of the sales platform. Errors are problem+json "
                                + "(types in docs/errors.md); lists are pages {items, page, size, totalItems, "
                                + "totalPages}; ids are UUIDs named id (docs/api-guidelines.md)."))
                .servers(List.of(new Server().url("/").description("the gateway (or the service itself)")))
                .security(List.of(new SecurityRequirement().addList(BEARER)));
        Components components = openApi.getComponents() == null ? new Components() : openApi.getComponents();
        components.addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP)
                .scheme("bearer").bearerFormat("JWT")
                .description("An access token from POST /api/auth/token at the gateway."));
        components.addSchemas(PROBLEM, problemSchema());
        openApi.components(components);
    }

    @SuppressWarnings("rawtypes")
    private static Schema problemSchema() {
        Schema fieldMessage = new ObjectSchema()
                .addProperty("field", new StringSchema().description("the JSON field or request parameter"))
                .addProperty("message", new StringSchema());
        fieldMessage.setRequired(List.of("field", "message"));
        Schema problem = new ObjectSchema()
                .description("RFC 9457 problem details; type is one of docs/errors.md")
                .addProperty("type", new StringSchema().format("uri").example(PROBLEM_TYPES + "validation"))
                .addProperty("title", new StringSchema().example("Bad Request"))
                .addProperty("status", new IntegerSchema().example(400))
                .addProperty("detail", new StringSchema().example("name: 不能为空"))
                .addProperty("instance", new StringSchema().format("uri-reference"))
                .addProperty("errors", new ArraySchema().items(fieldMessage)
                        .description("each rejected field, for type validation"));
        problem.setRequired(List.of("type", "title", "status"));
        return problem;
    }
}
