package com.salesplatform.platform.idempotency;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import java.util.Arrays;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;

/** Documents the optional {@code Idempotency-Key} header on every POST of the service's OpenAPI. */
class IdempotencyKeyOperationCustomizer implements OperationCustomizer {

    @Override
    public Operation customize(Operation operation, HandlerMethod handlerMethod) {
        RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(handlerMethod.getMethod(),
                RequestMapping.class);
        boolean post = mapping != null && Arrays.asList(mapping.method()).contains(RequestMethod.POST);
        boolean documented = operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(parameter -> IdempotencyFilter.HEADER.equalsIgnoreCase(parameter.getName()));
        if (post && !documented) {
            operation.addParametersItem(new HeaderParameter().name(IdempotencyFilter.HEADER).required(false)
                    .schema(new StringSchema().minLength(1).maxLength(IdempotencyFilter.MAX_KEY_LENGTH))
                    .description("Makes a retry safe: the same key with the same request answers the first answer "
                            + "again (header Idempotent-Replayed: true) and changes nothing; with another request "
                            + "422 idempotency-key-reused; while the first still runs 409. Kept per caller for "
                            + "sales.platform.idempotency.retention (24h)."));
        }
        return operation;
    }
}
