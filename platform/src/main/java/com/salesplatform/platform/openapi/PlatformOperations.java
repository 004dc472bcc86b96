package com.salesplatform.platform.openapi;

import com.salesplatform.platform.web.Created;
import com.salesplatform.platform.web.PageQuery;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.QueryParameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.core.ResolvableType;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.HandlerMethod;

/**
 * Makes each operation what a client generator needs without an annotation on every handler: a summary, a
 * unique operation id and a tag from the controller and method names, the page parameters of a list, the status
 * the handler really answers on success, and the problem+json answers of the platform's error rules
 * (docs/api-guidelines.md): 400 for any input, 401 always, 403/409 for a change, 404 for a named resource, 422 for
 * a reused Idempotency-Key on a POST.
 */
class PlatformOperations implements OperationCustomizer {

    private static final Set<String> ERROR_STATUSES = Set.of("400", "401", "403", "404", "405", "406", "409",
            "413", "415", "422", "500", "503", "default");

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        String resource = resourceOf(handler.getBeanType());
        String method = handler.getMethod().getName();
        RequestMethod httpMethod = httpMethodOf(handler);
        if (operation.getSummary() == null) {
            operation.setSummary(summary(resource, method, httpMethod));
        }
        operation.setOperationId(lowerFirst(resource) + upperFirst(action(resource, method)));
        operation.setTags(List.of(kebab(resource)));
        if (Arrays.asList(handler.getMethod().getParameterTypes()).contains(PageQuery.class)) {
            addPageParameters(operation);
        }
        if (operation.getResponses() == null) {
            operation.setResponses(new ApiResponses());
        }
        if (!declaresItsOwnResponses(handler.getMethod())) {
            documentSuccess(operation.getResponses(), handler);
        }
        documentProblems(operation, httpMethod);
        return operation;
    }

    static String resourceOf(Class<?> controller) {
        String name = controller.getSimpleName();
        for (String suffix : List.of("QueryController", "Controller")) {
            if (name.endsWith(suffix) && name.length() > suffix.length()) {
                return name.substring(0, name.length() - suffix.length());
            }
        }
        return name;
    }

    private static void addPageParameters(Operation operation) {
        boolean documented = operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(parameter -> "page".equals(parameter.getName()));
        if (documented) {
            return;
        }
        operation.addParametersItem(new QueryParameter().name("page").required(false)
                .description("the page, from 0")
                .schema(new IntegerSchema().minimum(java.math.BigDecimal.ZERO)._default(0)));
        operation.addParametersItem(new QueryParameter().name("size").required(false)
                .description("items per page")
                .schema(new IntegerSchema().minimum(java.math.BigDecimal.ONE)
                        .maximum(java.math.BigDecimal.valueOf(PageQuery.MAX_SIZE))._default(PageQuery.DEFAULT_SIZE)));
    }

    private static boolean declaresItsOwnResponses(Method method) {
        return method.isAnnotationPresent(io.swagger.v3.oas.annotations.responses.ApiResponse.class)
                || method.isAnnotationPresent(io.swagger.v3.oas.annotations.responses.ApiResponses.class)
                || AnnotatedElementUtils.hasAnnotation(method, ResponseStatus.class);
    }

    private static void documentSuccess(ApiResponses responses, HandlerMethod handler) {
        ApiResponse ok = responses.get("200");
        if (ok == null) {
            return;
        }
        SuccessStatus declared = handler.getMethod().getAnnotation(SuccessStatus.class);
        ResolvableType returned = ResolvableType.forMethodReturnType(handler.getMethod());
        boolean entity = ResponseEntity.class.equals(returned.resolve());
        Class<?> body = entity ? returned.getGeneric(0).resolve() : null;
        HttpStatus status = declared != null ? declared.value()
                : Created.class.equals(body) ? HttpStatus.CREATED
                : entity && Void.class.equals(body) ? HttpStatus.NO_CONTENT
                : HttpStatus.OK;
        if (status == HttpStatus.OK) {
            return;
        }
        responses.remove("200");
        ApiResponse success = status == HttpStatus.NO_CONTENT ? new ApiResponse() : ok;
        success.setDescription(status.getReasonPhrase());
        if (status == HttpStatus.CREATED) {
            success.addHeaderObject("Location", new Header().description("the new resource")
                    .schema(new StringSchema().format("uri-reference")));
        }
        responses.addApiResponse(String.valueOf(status.value()), success);
    }

    private static void documentProblems(Operation operation, RequestMethod method) {
        ApiResponses responses = operation.getResponses();
        ERROR_STATUSES.forEach(responses::remove);
        List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
        boolean change = method != RequestMethod.GET && method != RequestMethod.HEAD;
        if (!parameters.isEmpty() || operation.getRequestBody() != null) {
            responses.addApiResponse("400", problem("the input is refused; errors[] names each field (validation)"));
        }
        responses.addApiResponse("401", problem("no valid access token (unauthorized)"));
        if (change) {
            responses.addApiResponse("403", problem("the caller's role may not do this (forbidden)"));
        }
        if (parameters.stream().anyMatch(parameter -> "path".equals(parameter.getIn()))) {
            responses.addApiResponse("404", problem("no such resource, or the caller may not see it (not-found)"));
        }
        if (change) {
            responses.addApiResponse("409", problem("the resource's state forbids it, it exists already, or it "
                    + "changed concurrently (rule-violation, already-exists, concurrent-modification)"));
        }
        if (method == RequestMethod.POST) {
            responses.addApiResponse("422", problem("the Idempotency-Key was used for another request "
                    + "(idempotency-key-reused)"));
        }
    }

    private static ApiResponse problem(String description) {
        Schema<?> reference = new Schema<>().$ref("#/components/schemas/" + PlatformOpenApi.PROBLEM);
        return new ApiResponse().description(description)
                .content(new Content().addMediaType("application/problem+json", new MediaType().schema(reference)));
    }

    private static RequestMethod httpMethodOf(HandlerMethod handler) {
        RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), RequestMapping.class);
        return mapping == null || mapping.method().length == 0 ? RequestMethod.GET : mapping.method()[0];
    }

    /** A read named after its resource is a get ({@code order} → get) or a list ({@code orders} → list). */
    private static String action(String resource, String method) {
        String name = method.toLowerCase();
        String single = resource.toLowerCase();
        if (name.equals(single)) {
            return "get";
        }
        if (name.equals(single + "s") || name.equals(single + "es")
                || single.endsWith("y") && name.equals(single.substring(0, single.length() - 1) + "ies")) {
            return "list";
        }
        return method;
    }

    /** "Get risks", "Get target history"; for a change the verb and the resource: "Assess (risk)". */
    private static String summary(String resource, String method, RequestMethod httpMethod) {
        if (httpMethod == RequestMethod.GET) {
            boolean verb = method.matches("(get|list|find|search|export|download)([A-Z].*)?");
            return verb ? words(method) : "Get " + words(method).toLowerCase();
        }
        return words(method) + " (" + words(resource).toLowerCase() + ")";
    }

    private static String words(String camelCase) {
        String spaced = camelCase.replaceAll("([a-z0-9])([A-Z])", "$1 $2");
        return upperFirst(spaced.substring(0, 1)) + spaced.substring(1).toLowerCase();
    }

    private static String kebab(String camelCase) {
        return camelCase.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase();
    }

    private static String lowerFirst(String text) {
        return Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    private static String upperFirst(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
