package com.salesplatform.gateway.problem;

import com.salesplatform.gateway.support.LocalGatewayTestBase;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The gateway's own problems in the caller's language: Chinese (zh-CN, the product's language) unless
 * {@code Accept-Language} prefers English; {@code type} and {@code status} are the same in both.
 */
class ProblemLanguageIT extends LocalGatewayTestBase {

    @Test
    void withoutAcceptLanguageAProblemIsInChinese() {
        withoutToken(null)
                .expectHeader().valueEquals(HttpHeaders.CONTENT_LANGUAGE, "zh-CN")
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://sales-platform.dev/problems/unauthorized")
                .jsonPath("$.title").isEqualTo("需要登录")
                .jsonPath("$.detail").isEqualTo("需要有效的访问令牌（Bearer）。");
    }

    @Test
    void englishWhenAcceptLanguagePrefersIt() {
        withoutToken("en-US,en;q=0.9,zh-CN;q=0.8")
                .expectHeader().valueEquals(HttpHeaders.CONTENT_LANGUAGE, "en")
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://sales-platform.dev/problems/unauthorized")
                .jsonPath("$.title").isEqualTo("Unauthorized")
                .jsonPath("$.detail").isEqualTo("A valid bearer token is required.");
    }

    @Test
    void chineseWhenItIsPreferredOrTheLanguageIsOneWithoutTextsOrTheHeaderIsUnreadable() {
        for (String acceptLanguage : new String[] {"zh-CN,zh;q=0.9,en;q=0.8", "zh-TW", "fr-FR,de;q=0.5", "en;q=0",
                "*", "??"}) {
            withoutToken(acceptLanguage)
                    .expectHeader().valueEquals(HttpHeaders.CONTENT_LANGUAGE, "zh-CN")
                    .expectBody().jsonPath("$.title").isEqualTo("需要登录");
        }
    }

    @Test
    void theSignInErrorsAndANotFoundInBothLanguages() {
        signIn("zh-CN").expectBody()
                .jsonPath("$.title").isEqualTo("用户名或密码错误")
                .jsonPath("$.detail").isEqualTo("用户名或密码错误。");
        signIn("en").expectBody()
                .jsonPath("$.title").isEqualTo("Invalid credentials")
                .jsonPath("$.detail").isEqualTo("The username or password is wrong.");

        String token = tokenFor("rep1");
        nowhere(token, "zh-CN").jsonPath("$.title").isEqualTo("未找到")
                .jsonPath("$.detail").isEqualTo("此路径下没有资源。");
        nowhere(token, "en").jsonPath("$.title").isEqualTo("Not found")
                .jsonPath("$.detail").isEqualTo("No resource exists at this path.");
    }

    private WebTestClient.ResponseSpec withoutToken(String acceptLanguage) {
        return client.get().uri("/api/targets")
                .headers(headers -> {
                    if (acceptLanguage != null) {
                        headers.set(HttpHeaders.ACCEPT_LANGUAGE, acceptLanguage);
                    }
                })
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    private WebTestClient.ResponseSpec signIn(String acceptLanguage) {
        return client.post().uri("/api/auth/token")
                .header(HttpHeaders.ACCEPT_LANGUAGE, acceptLanguage)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("username", "nobody", "password", "nobody"))
                .exchange()
                .expectStatus().isUnauthorized();
    }

    private WebTestClient.BodyContentSpec nowhere(String token, String acceptLanguage) {
        return client.get().uri("/api/nothing-here")
                .headers(headers -> headers.setBearerAuth(token))
                .header(HttpHeaders.ACCEPT_LANGUAGE, acceptLanguage)
                .exchange()
                .expectStatus().isNotFound()
                .expectBody()
                .jsonPath("$.status").isEqualTo(404);
    }
}
