package com.salesplatform.gateway.auth;

import com.salesplatform.gateway.console.ConsoleHeadersFilter;
import com.salesplatform.gateway.limits.GatewayHttpProperties;
import com.salesplatform.gateway.problem.ProblemResponseWriter;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;

/**
 * Authentication only: every {@code /api/**} call needs a valid JWT; which role may do what is decided by the
 * owning service, which validates the same token again. Stateless: no session, no cookie, hence no CSRF token.
 * Every answer carries the security headers; browsers may call from the configured frontend origins only.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
@EnableConfigurationProperties(AuthProperties.class)
public class SecurityConfiguration {

    static final String TOKEN_PATH = "/api/auth/token";
    static final String REFRESH_PATH = "/api/auth/refresh";
    static final String JWKS_PATH = "/.well-known/jwks.json";

    /** The probes on the API port; the actuator paths exist on the management port only (ADR 0014). */
    private static final String[] PUBLIC_OPERATIONS_PATHS = {
            "/livez", "/readyz", "/actuator/health", "/actuator/health/**", "/actuator/info", "/actuator/prometheus"};

    private static final String[] PUBLIC_API_DOCS_PATHS = {
            "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**", "/webjars/swagger-ui/**"};

    @Bean
    SecurityWebFilterChain securityWebFilterChain(ServerHttpSecurity http, ProblemResponseWriter problems,
            GatewayHttpProperties limits) {
        ProblemAuthenticationEntryPoint entryPoint = new ProblemAuthenticationEntryPoint(problems);
        ProblemAccessDeniedHandler accessDenied = new ProblemAccessDeniedHandler(problems);
        return http
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .cors(cors -> cors.configurationSource(FrontendCors.configurationSource(limits.corsOrigins())))
                .headers(headers -> headers
                        // nosniff, X-Frame-Options DENY and HSTS (https requests only) are Spring Security's defaults
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                        .contentSecurityPolicy(csp -> csp.policyDirectives("frame-ancestors 'none'")))
                .authorizeExchange(exchanges -> exchanges
                        .pathMatchers(HttpMethod.POST, TOKEN_PATH, REFRESH_PATH).permitAll()
                        .pathMatchers(HttpMethod.GET, JWKS_PATH).permitAll()
                        .pathMatchers(HttpMethod.GET, PUBLIC_OPERATIONS_PATHS).permitAll()
                        .pathMatchers(HttpMethod.GET, PUBLIC_API_DOCS_PATHS).permitAll()
                        // the web console's page and assets (its API calls carry the token); its stricter
                        // Content-Security-Policy is set by ConsoleHeadersFilter
                        .pathMatchers(HttpMethod.GET, ConsoleHeadersFilter.PUBLIC_PATHS.toArray(String[]::new))
                        .permitAll()
                        // the circuit-breaker fallbacks are reached by an internal forward only
                        .pathMatchers("/fallback/**").denyAll()
                        .anyExchange().authenticated())
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(Customizer.withDefaults())
                        .authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler(accessDenied))
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler(accessDenied))
                .build();
    }
}
