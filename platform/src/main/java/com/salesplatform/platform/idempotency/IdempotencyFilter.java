package com.salesplatform.platform.idempotency;

import com.salesplatform.platform.rejection.FieldRejectedException;
import com.salesplatform.platform.rejection.RuleViolationException;
import com.salesplatform.platform.security.CallerIdentity;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * {@code Idempotency-Key} on every POST, per caller (JWT {@code sub}); runs after Spring Security so the caller is
 * known. Claiming the key, the rest of the request (the Axon command joins this transaction through Axon's
 * SpringTransactionManager) and keeping the answer are one transaction: either the effect and its answer are both
 * stored or neither is, even if the process dies before replying. A retry with the same request (method, path,
 * body) gets the first answer byte for byte plus {@code Idempotent-Replayed: true}; another request with the key is
 * 422; a retry while the first still runs is 409; a non-2xx answer or a failure keeps nothing, so a retry really runs.
 */
public class IdempotencyFilter extends OncePerRequestFilter {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    static final int MAX_KEY_LENGTH = 200;

    private final IdempotencyStore store;
    private final TransactionTemplate transaction;
    private final Supplier<HandlerExceptionResolver> problems;

    IdempotencyFilter(IdempotencyStore store, TransactionTemplate transaction,
                      Supplier<HandlerExceptionResolver> problems) {
        this.store = store;
        this.transaction = transaction;
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !HttpMethod.POST.matches(request.getMethod()) || request.getHeader(HEADER) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<CallerIdentity> caller = CallerIdentity.current();
        if (caller.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        String key = request.getHeader(HEADER);
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            answerProblem(request, response, new FieldRejectedException(HEADER,
                    "must be 1 to " + MAX_KEY_LENGTH + " characters"));
            return;
        }
        CachedBodyRequest cached = new CachedBodyRequest(request);
        ContentCachingResponseWrapper buffered = new ContentCachingResponseWrapper(response);
        Attempt attempt = new Attempt(caller.get().subject(), key, fingerprint(cached));
        try {
            Outcome outcome = transaction.execute(status -> {
                Outcome result = attempt.run(cached, buffered, chain);
                if (result == Outcome.FAILED) {
                    status.setRollbackOnly();
                }
                return result;
            });
            switch (outcome) {
                case RAN, FAILED -> buffered.copyBodyToResponse();
                case REPLAY -> replay(response, attempt.replayed);
                case IN_FLIGHT -> answerProblem(request, response, new RuleViolationException(
                        "The first request with Idempotency-Key '" + key + "' is still being processed; retry later"));
                case REUSED -> answerProblem(request, response, new IdempotencyKeyReusedException(key));
            }
        } catch (RuntimeException failure) {
            // Nothing was kept (the transaction rolled back): no part of a first answer may reach the caller.
            if (!response.isCommitted()) {
                buffered.reset();
            }
            if (failure instanceof ChainFailure chainFailure) {
                chainFailure.rethrow();
            }
            throw failure;
        }
    }

    private static String fingerprint(CachedBodyRequest request) {
        String target = request.getMethod() + " " + request.getRequestURI()
                + (request.getQueryString() == null ? "" : "?" + request.getQueryString()) + "\n";
        return HexFormat.of().formatHex(IdempotencyStore.sha256(target.getBytes(StandardCharsets.UTF_8),
                request.body()));
    }

    private static void replay(HttpServletResponse response, StoredAnswer answer) throws IOException {
        response.setStatus(answer.status());
        if (answer.contentType() != null) {
            response.setContentType(answer.contentType());
        }
        if (answer.location() != null) {
            response.setHeader(HttpHeaders.LOCATION, answer.location());
        }
        response.setHeader(REPLAYED_HEADER, "true");
        byte[] body = answer.body() == null ? new byte[0] : answer.body();
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** Written by the platform's problem+json handlers, like every other error. */
    private void answerProblem(HttpServletRequest request, HttpServletResponse response, Exception problem) {
        problems.get().resolveException(request, response, null, problem);
    }

    private enum Outcome { RAN, FAILED, REPLAY, IN_FLIGHT, REUSED }

    /** One request with a key, inside the transaction. */
    private final class Attempt {
        private final String caller;
        private final String key;
        private final String requestHash;
        private StoredAnswer replayed;

        Attempt(String caller, String key, String requestHash) {
            this.caller = caller;
            this.key = key;
            this.requestHash = requestHash;
        }

        Outcome run(CachedBodyRequest request, ContentCachingResponseWrapper response, FilterChain chain) {
            if (!store.lock(caller, key)) {
                return Outcome.IN_FLIGHT;
            }
            if (!store.claim(caller, key, requestHash)) {
                replayed = store.answer(caller, key).orElseThrow();
                return replayed.requestHash().equals(requestHash) ? Outcome.REPLAY : Outcome.REUSED;
            }
            try {
                chain.doFilter(request, response);
            } catch (IOException | ServletException e) {
                throw new ChainFailure(e);
            }
            int status = response.getStatus();
            if (status < 200 || status > 299) {
                return Outcome.FAILED;
            }
            store.keep(caller, key, new StoredAnswer(requestHash, status, response.getContentType(),
                    response.getHeader(HttpHeaders.LOCATION), response.getContentAsByteArray()));
            return Outcome.RAN;
        }
    }

    /** A checked failure of the rest of the chain, carried out of the transaction (which it rolls back). */
    private static final class ChainFailure extends RuntimeException {
        ChainFailure(Exception cause) {
            super(cause);
        }

        void rethrow() throws IOException, ServletException {
            if (getCause() instanceof IOException io) {
                throw io;
            }
            throw (ServletException) getCause();
        }
    }
}
