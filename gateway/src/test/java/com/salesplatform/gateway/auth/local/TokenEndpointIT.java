package com.salesplatform.gateway.auth.local;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.salesplatform.gateway.support.LocalGatewayTestBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** {@code POST /api/auth/token} and {@code GET /.well-known/jwks.json} of the local run. */
class TokenEndpointIT extends LocalGatewayTestBase {

    private static final String TEAM = "5a1e5000-0000-4000-8000-000000000001";
    private static final ParameterizedTypeReference<Map<String, Object>> JSON_MAP = new ParameterizedTypeReference<>() {
    };

    static Stream<Arguments> demoUsers() {
        return Stream.of(
                arguments("admin", "5a1e5000-0000-4000-8000-0000000000a1", "ADMIN", null),
                arguments("manager", "5a1e5000-0000-4000-8000-0000000000b1", "MANAGER", TEAM),
                arguments("rep1", "5a1e5000-0000-4000-8000-0000000000c1", "REP", TEAM),
                arguments("rep2", "5a1e5000-0000-4000-8000-0000000000c2", "REP", TEAM));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("demoUsers")
    void issuesAVerifiableTokenWithTheDemoUsersClaims(String username, String subject, String role, String teamId)
            throws Exception {
        Map<String, Object> body = client.post().uri("/api/auth/token")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("username", username, "password", username))
                .exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
                .expectHeader().cacheControl(CacheControl.noStore())
                .expectBody(JSON_MAP).returnResult().getResponseBody();

        assertThat(body).containsOnlyKeys("access_token", "token_type", "expires_in", "refresh_token",
                "refresh_expires_in");
        assertThat(body).containsEntry("token_type", "Bearer").containsEntry("expires_in", 3600)
                .containsEntry("refresh_expires_in", 28800);

        SignedJWT jwt = SignedJWT.parse((String) body.get("access_token"));
        assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
        RSAKey publishedKey = (RSAKey) publishedKeys().getKeyByKeyId(jwt.getHeader().getKeyID());
        assertThat(publishedKey).as("the token's key is published at /.well-known/jwks.json").isNotNull();
        assertThat(jwt.verify(new RSASSAVerifier(publishedKey))).isTrue();

        JWTClaimsSet claims = jwt.getJWTClaimsSet();
        assertThat(claims.getIssuer()).isEqualTo("http://localhost:8080");
        assertThat(claims.getAudience()).containsExactly("sales-platform");
        assertThat(claims.getSubject()).isEqualTo(subject);
        assertThat(claims.getStringListClaim("roles")).containsExactly(role);
        assertThat(claims.getStringClaim("teamId")).isEqualTo(teamId);
        assertThat(claims.getClaims()).containsEntry("preferred_username", username);
        assertThat(claims.getJWTID()).isNotBlank();
        assertThat(Duration.between(claims.getIssueTime().toInstant(), claims.getExpirationTime().toInstant()))
                .isEqualTo(Duration.ofHours(1));
        if (teamId == null) {
            assertThat(claims.getClaims()).doesNotContainKey("teamId");
        }
    }

    @Test
    void everyTokenHasItsOwnId() throws Exception {
        String first = tokenFor("rep1");
        String second = tokenFor("rep1");
        assertThat(SignedJWT.parse(first).getJWTClaimsSet().getJWTID())
                .isNotEqualTo(SignedJWT.parse(second).getJWTClaimsSet().getJWTID());
    }

    @Test
    void wrongPasswordAndUnknownUserGetTheSameAnswer() {
        Map<String, Object> wrongPassword = refusedLogin("rep1", "not-rep1");
        Map<String, Object> unknownUser = refusedLogin("nobody", "nobody");

        assertThat(wrongPassword)
                .containsEntry("type", "https://sales-platform.dev/problems/invalid-credentials")
                .containsEntry("title", "用户名或密码错误")
                .containsEntry("status", 401)
                .containsEntry("instance", "/api/auth/token")
                .containsKey("detail");
        assertThat(unknownUser).isEqualTo(wrongPassword);
    }

    @Test
    void rejectsUnknownFields() {
        client.post().uri("/api/auth/token")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("username", "rep1", "password", "rep1", "scope", "admin"))
                .exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://sales-platform.dev/problems/validation")
                .jsonPath("$.title").isEqualTo("请求无效")
                .jsonPath("$.status").isEqualTo(400)
                .jsonPath("$.detail").isEqualTo("scope is not a known field")
                .jsonPath("$.instance").isEqualTo("/api/auth/token")
                .jsonPath("$.errors[0].field").isEqualTo("scope")
                .jsonPath("$.errors[0].message").isEqualTo("is not a known field");
    }

    @Test
    void rejectsMissingFieldsNamingThem() {
        client.post().uri("/api/auth/token")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("username", "rep1"))
                .exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.title").isEqualTo("请求无效")
                .jsonPath("$.errors.length()").isEqualTo(1)
                .jsonPath("$.errors[0].field").isEqualTo("password");
    }

    @Test
    void rejectsABodyThatIsNotJson() {
        client.post().uri("/api/auth/token")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"username\": ")
                .exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://sales-platform.dev/problems/unreadable-body")
                .jsonPath("$.detail").isEqualTo("请求体缺失或不是有效的 JSON。");
    }

    @Test
    void publishesOnlyThePublicHalfOfTheSigningKey() {
        Map<String, Object> jwks = client.get().uri("/.well-known/jwks.json")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
                .expectBody(JSON_MAP).returnResult().getResponseBody();

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> keys = (List<Map<String, Object>>) jwks.get("keys");
        assertThat(keys).singleElement().satisfies(key -> {
            assertThat(key).containsEntry("kty", "RSA").containsEntry("alg", "RS256").containsEntry("use", "sig")
                    .containsKeys("kid", "n", "e");
            assertThat(key).doesNotContainKeys("d", "p", "q", "dp", "dq", "qi");
        });
    }

    @Test
    void aRefreshTokenGivesNewTokensOnceAndTheNewAccessTokenWorks() throws Exception {
        Map<String, Object> login = login("rep2");
        String firstRefresh = (String) login.get("refresh_token");

        Map<String, Object> refreshed = refresh(firstRefresh)
                .expectStatus().isOk()
                .expectHeader().cacheControl(CacheControl.noStore())
                .expectBody(JSON_MAP).returnResult().getResponseBody();

        assertThat(refreshed.get("refresh_token")).isNotNull().isNotEqualTo(firstRefresh);
        String accessToken = (String) refreshed.get("access_token");
        assertThat(SignedJWT.parse(accessToken).getJWTClaimsSet().getSubject())
                .isEqualTo("5a1e5000-0000-4000-8000-0000000000c2");
        client.get().uri("/api/customers/1").headers(headers -> headers.setBearerAuth(accessToken))
                .exchange().expectStatus().isOk();

        refresh(firstRefresh)
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://sales-platform.dev/problems/invalid-refresh-token")
                .jsonPath("$.instance").isEqualTo("/api/auth/refresh");
    }

    @Test
    void reusingARotatedRefreshTokenRevokesTheWholeFamilyButNoOtherLogin() {
        String stolen = (String) login("rep2").get("refresh_token");
        String otherLogin = (String) login("rep2").get("refresh_token");
        String second = refreshToken(refresh(stolen));
        String newest = refreshToken(refresh(second));

        refresh(stolen).expectStatus().isUnauthorized()
                .expectBody().jsonPath("$.type").isEqualTo("https://sales-platform.dev/problems/invalid-refresh-token");

        refresh(newest).expectStatus().isUnauthorized()
                .expectBody().jsonPath("$.type").isEqualTo("https://sales-platform.dev/problems/invalid-refresh-token");
        refresh(otherLogin).expectStatus().isOk();
    }

    @Test
    void anUnknownRefreshTokenIsRefused() {
        refresh("made-up-refresh-token").expectStatus().isUnauthorized()
                .expectBody().jsonPath("$.title").isEqualTo("刷新令牌无效");
    }

    @Test
    void aRefreshRequestWithoutTheTokenNamesTheField() {
        client.post().uri("/api/auth/refresh")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{}")
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("refreshToken");
    }

    private Map<String, Object> login(String username) {
        return client.post().uri("/api/auth/token")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("username", username, "password", username))
                .exchange()
                .expectStatus().isOk()
                .expectBody(JSON_MAP).returnResult().getResponseBody();
    }

    private WebTestClient.ResponseSpec refresh(String refreshToken) {
        return client.post().uri("/api/auth/refresh")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("refresh_token", refreshToken))
                .exchange();
    }

    private static String refreshToken(WebTestClient.ResponseSpec answer) {
        return (String) answer.expectStatus().isOk().expectBody(JSON_MAP).returnResult().getResponseBody()
                .get("refresh_token");
    }

    private Map<String, Object> refusedLogin(String username, String password) {
        return client.post().uri("/api/auth/token")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("username", username, "password", password))
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .expectBody(JSON_MAP).returnResult().getResponseBody();
    }

    private JWKSet publishedKeys() throws Exception {
        String json = client.get().uri("/.well-known/jwks.json").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        return JWKSet.parse(json);
    }
}
