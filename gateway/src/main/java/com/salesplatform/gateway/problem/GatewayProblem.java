package com.salesplatform.gateway.problem;

import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * A problem of the gateway's own whose detail is a message code with arguments: built in English, it is written in
 * the caller's language by {@link ProblemResponseWriter}.
 */
final class GatewayProblem extends ProblemDetail {

    private final String detailCode;
    private final List<String> arguments;

    GatewayProblem(HttpStatus status, String detailCode, List<String> arguments) {
        super(status.value());
        this.detailCode = detailCode;
        this.arguments = List.copyOf(arguments);
        setDetail(detailIn(ProblemLanguage.ENGLISH));
    }

    String detailIn(Locale language) {
        return ProblemMessages.detail(detailCode, arguments, language)
                .orElseThrow(() -> new IllegalStateException("No problem text detail." + detailCode));
    }
}
