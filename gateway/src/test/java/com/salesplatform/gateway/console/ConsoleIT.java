package com.salesplatform.gateway.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.salesplatform.gateway.support.LocalGatewayTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

/**
 * The web console is served by the gateway at {@code /} (docs/console.md): the page, its modules, styles, message
 * bundles and the vendor files from the Vue and ECharts jars, each with its content type and the console's strict
 * Content-Security-Policy, without a token; the API still needs one, and keeps its own policy.
 */
class ConsoleIT extends LocalGatewayTestBase {

    private static final String VUE = "/webjars/vue/3.5.26/dist/vue.global.prod.js";
    private static final String ECHARTS = "/_static/echarts/6.0.0/dist/echarts.min.js";

    @Test
    void thePageIsServedAtTheRootWithTheStrictPolicyAndNoInlineCode() {
        EntityExchangeResult<byte[]> page = client.get().uri("/").accept(MediaType.TEXT_HTML).exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
                .expectHeader().valueEquals("Content-Security-Policy", ConsoleHeadersFilter.CONTENT_SECURITY_POLICY)
                .expectHeader().valueEquals("X-Content-Type-Options", "nosniff")
                .expectHeader().valueEquals("X-Frame-Options", "DENY")
                .expectBody().returnResult();
        String html = new String(page.getResponseBody(), StandardCharsets.UTF_8);

        assertThat(ConsoleHeadersFilter.CONTENT_SECURITY_POLICY)
                .contains("script-src 'self'", "style-src 'self'", "default-src 'none'", "frame-ancestors 'none'")
                .doesNotContain("unsafe-eval", "unsafe-inline", "http:", "https:", "*");
        assertThat(html).contains("<script src=\"" + VUE + "\"", "<script type=\"module\" src=\"/console/app.js\"");
        // every script has a src (no inline script), no style element or attribute, no handler attribute
        assertThat(Pattern.compile("<script(?![^>]*\\ssrc=)").matcher(html).find()).isFalse();
        assertThat(html).doesNotContain("<style", " style=", " onclick=", " onload=", "javascript:");
        // nothing from another host
        assertThat(Pattern.compile("(src|href)=\"(https?:)?//").matcher(html).find()).isFalse();

        client.get().uri("/index.html").exchange().expectStatus().isOk()
                .expectHeader().valueEquals("Content-Security-Policy", ConsoleHeadersFilter.CONTENT_SECURITY_POLICY);
    }

    @Test
    void everyConsoleFileIsServedWithItsContentTypeAndThePolicy() throws IOException {
        List<String> files = consoleFiles();
        assertThat(files).contains("/console/app.js", "/console/api.js", "/console/i18n.js", "/console/console.css",
                "/console/i18n/zh-CN.json", "/console/i18n/en.json", "/console/lookups.js",
                "/console/screens/approvals.js", "/console/screens/orders.js", "/console/screens/appraisals.js",
                "/console/screens/me.js", "/console/screens/manage.js", "/console/screens/targets.js",
                "/console/screens/meetings.js", "/console/screens/risks.js");
        for (String path : files) {
            MediaType expected = path.endsWith(".js") ? MediaType.valueOf("text/javascript")
                    : path.endsWith(".css") ? MediaType.valueOf("text/css")
                    : path.endsWith(".json") ? MediaType.APPLICATION_JSON
                    : path.endsWith(".svg") ? MediaType.valueOf("image/svg+xml")
                    : null;
            assertThat(expected).as("a known kind of file: %s", path).isNotNull();
            client.get().uri(path).exchange()
                    .expectStatus().isOk()
                    .expectHeader().contentTypeCompatibleWith(expected)
                    .expectHeader().valueEquals("Content-Security-Policy", ConsoleHeadersFilter.CONTENT_SECURITY_POLICY)
                    .expectHeader().valueEquals("X-Content-Type-Options", "nosniff");
        }
    }

    @Test
    void everyModuleImportsOnlyFilesThatAreServed() throws IOException {
        Pattern importPattern = Pattern.compile("^import .* from '([^']+)';", Pattern.MULTILINE);
        for (Resource module : resources("static/console/**/*.js")) {
            String source = module.getContentAsString(StandardCharsets.UTF_8);
            String base = "/console/" + relative(module).replaceAll("[^/]+$", "");
            Matcher imports = importPattern.matcher(source);
            while (imports.find()) {
                String target = java.net.URI.create("http://x" + base).resolve(imports.group(1)).getPath();
                client.get().uri(target).exchange().expectStatus().isOk()
                        .expectHeader().contentTypeCompatibleWith(MediaType.valueOf("text/javascript"));
            }
        }
    }

    @Test
    void theVendorFilesComeFromTheirJarsAndMayBeCachedForAYear() {
        for (String path : List.of(VUE, ECHARTS)) {
            client.get().uri(path).exchange()
                    .expectStatus().isOk()
                    .expectHeader().contentTypeCompatibleWith(MediaType.valueOf("text/javascript"))
                    .expectHeader().valueEquals("Content-Security-Policy", ConsoleHeadersFilter.CONTENT_SECURITY_POLICY)
                    .expectHeader().valueEquals(HttpHeaders.CACHE_CONTROL, "public, max-age=31536000, immutable");
        }
        // the charts are loaded by the dashboard from exactly this path
        assertThat(read("static/console/charts.js")).contains("'" + ECHARTS + "'");
    }

    @Test
    void theApiStillNeedsATokenAndKeepsItsOwnPolicy() {
        client.get().uri("/api/customers").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().valueEquals("Content-Security-Policy", "frame-ancestors 'none'");
        // only the console's own files are public: another jar's resources are not
        client.get().uri("/webjars/").exchange().expectStatus().isUnauthorized();
        client.get().uri("/_static/").exchange().expectStatus().isUnauthorized();
    }

    @Test
    void theConsoleNeverInjectsMarkupOrEvaluatesCode() throws IOException {
        for (Resource module : resources("static/console/**/*.js")) {
            String source = module.getContentAsString(StandardCharsets.UTF_8);
            assertThat(source).as(module.getFilename())
                    .doesNotContain("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(",
                            "new Function", "template:", "v-html", "setAttribute('style'", "http://", "https://");
        }
    }

    private static List<String> consoleFiles() throws IOException {
        List<String> paths = new ArrayList<>();
        for (Resource resource : resources("static/console/**/*.*")) {
            paths.add("/console/" + relative(resource));
        }
        return paths;
    }

    private static Resource[] resources(String pattern) throws IOException {
        return new PathMatchingResourcePatternResolver().getResources("classpath:" + pattern);
    }

    private static String relative(Resource resource) throws IOException {
        String url = resource.getURL().toString();
        return url.substring(url.indexOf("/static/console/") + "/static/console/".length());
    }

    private static String read(String classpath) {
        try {
            return new PathMatchingResourcePatternResolver().getResource("classpath:" + classpath)
                    .getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
