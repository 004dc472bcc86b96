package com.salesplatform.gateway.problem;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Writes a {@link ProblemDetail} as {@code application/problem+json}, whatever the client asked for in
 * {@code Accept}: used by the security handlers, the error handler and the circuit-breaker fallback, which all
 * answer outside Spring's content negotiation. Title and detail are written in the caller's language
 * ({@link ProblemLanguage}, said in {@code Content-Language}) where the gateway has the texts.
 */
@Component
public class ProblemResponseWriter {

    private final ObjectMapper objectMapper;

    public ProblemResponseWriter(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    public Mono<Void> write(ServerWebExchange exchange, ProblemDetail problem) {
        ServerHttpResponse response = exchange.getResponse();
        response.setStatusCode(HttpStatusCode.valueOf(problem.getStatus()));
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        response.getHeaders().setCacheControl("no-store");
        Locale language = ProblemLanguage.of(exchange.getRequest().getHeaders());
        response.getHeaders().setContentLanguage(language);
        return Mono.fromCallable(() -> serialize(problem, language))
                .flatMap(bytes -> {
                    DataBuffer buffer = response.bufferFactory().wrap(bytes);
                    return response.writeWith(Mono.just(buffer));
                });
    }

    private byte[] serialize(ProblemDetail problem, Locale language) throws JsonProcessingException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", problem.getType().toString());
        body.put("title", ProblemMessages.title(problem.getType(), language).orElse(problem.getTitle()));
        body.put("status", problem.getStatus());
        body.put("detail", problem instanceof GatewayProblem own ? own.detailIn(language) : problem.getDetail());
        body.put("instance", problem.getInstance() == null ? null : problem.getInstance().toString());
        if (problem.getProperties() != null) {
            body.putAll(problem.getProperties());
        }
        return objectMapper.writeValueAsBytes(body);
    }
}
