package com.salesplatform.training;

import static com.salesplatform.training.TrainingApi.newId;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.salesplatform.platformtest.ApiClient;
import com.salesplatform.platformtest.Contracts;
import com.salesplatform.platformtest.ServiceIntegrationTest;
import com.salesplatform.platformtest.TestTokens;
import com.salesplatform.platformtest.TopicProbe;
import com.salesplatform.platformtest.TopicProbes;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The knowledge base over HTTP and PostgreSQL: Chinese found by any fragment, English by stem, title matches ranked
 * first, snippets highlighted; drafts private to their author until a manager publishes; every version kept.
 * Each test tags its articles uniquely and filters by that tag, so articles of other runs never interfere.
 */
@ServiceIntegrationTest
class KnowledgeBaseIT {

    private static final String ARTICLES = "/api/knowledge/articles";

    @LocalServerPort
    private int port;
    @Autowired
    private JdbcTemplate jdbc;

    private TrainingApi api;

    @RegisterExtension
    final TopicProbes topics = new TopicProbes();

    private TopicProbe probe;
    private final String tag = "t-" + newId().substring(0, 8);
    private final String manager = TestTokens.manager(newId(), newId());

    @BeforeEach
    void setUp() {
        api = new TrainingApi(port, jdbc);
        probe = topics.on("sales.training.events");
    }

    @Test
    void aChineseFragmentFromTheMiddleOfASentenceIsFoundAndHighlighted() {
        String hospital = publish(write(TestTokens.rep(newId(), null), "SUCCESS_CASE", "设备招标赢单复盘",
                "我们在第二轮谈判中让出百分之五的折扣，最终拿下了华东医院的设备招标，客户最看重售后响应。"));
        String script = publish(write(TestTokens.rep(newId(), null), "SALES_SCRIPT", "电话开场白",
                "您好，我是上海医疗器械公司的销售顾问，想了解贵院今年的采购计划。"));

        JsonNode found = search("华东医院");
        assertThat(ids(found)).containsExactly(hospital);
        assertThat(highlighted(found.path("items").get(0).path("snippet"))).containsExactly("华东医院");
        assertThat(found.path("items").get(0).path("snippet").path("text").asText()).doesNotContain("<");
        assertThat(ids(search("折扣"))).containsExactly(hospital);
        assertThat(ids(search("采购计划"))).containsExactly(script);
        assertThat(ids(search("医疗"))).containsExactly(script);
        assertThat(ids(search("华南医院"))).isEmpty();
    }

    @Test
    void englishIsFoundByWordStemAndATitleMatchRanksFirst() {
        String rep = TestTokens.rep(newId(), null);
        String inBody = publish(write(rep, "PLAYBOOK", "Closing large hospital deals",
                "When the purchasing committee hesitates, we negotiated a phased delivery instead of discounts."));
        String inTitle = publish(write(rep, "FAILURE_LESSON", "Negotiating discounts too early",
                "We lost the tender because the first offer left no room later."));
        write(rep, "PRODUCT_FAQ", "Warranty terms", "The warranty covers parts for three years.");

        JsonNode found = search("negotiation");
        assertThat(ids(found)).containsExactly(inTitle, inBody);
        assertThat(found.path("items").get(0).path("rank").asDouble())
                .isGreaterThan(found.path("items").get(1).path("rank").asDouble());
        assertThat(highlighted(found.path("items").get(1).path("snippet"))).contains("negotiated");
        assertThat(ids(search("discount"))).containsExactlyInAnyOrder(inTitle, inBody);
        assertThat(ids(search("hesitating"))).containsExactly(inBody);
        assertThat(ids(api.as(rep).get(ARTICLES + "?q=discounts&kind=PLAYBOOK&tag=" + tag).json()))
                .containsExactly(inBody);
        assertThat(api.as(rep).get(ARTICLES + "?q=a&tag=" + tag).status()).isEqualTo(400);
    }

    @Test
    void aDraftIsItsAuthorsUntilAManagerPublishesItAndEveryVersionIsKept() {
        String authorId = newId();
        String author = TestTokens.rep(authorId, null);
        String colleague = TestTokens.rep(newId(), null);
        String article = write(author, "FAILURE_LESSON", "丢单教训", "报价太晚，竞争对手先拿到了样机测试机会。");

        assertThat(api.as(colleague).get(ARTICLES + "/" + article).status()).isEqualTo(404);
        assertThat(ids(api.as(colleague).get(ARTICLES + "?q=样机&tag=" + tag).json())).isEmpty();
        assertThat(ids(api.as(author).get(ARTICLES + "?q=样机&tag=" + tag).json())).containsExactly(article);
        assertThat(api.as(author).post(ARTICLES + "/" + article + "/publication", "").status()).isEqualTo(403);

        publish(article);
        assertThat(api.as(colleague).get(ARTICLES + "/" + article).json().path("status").asText())
                .isEqualTo("PUBLISHED");
        assertThat(api.as(TestTokens.admin()).post(ARTICLES + "/" + article + "/publication", "").status())
                .isEqualTo(409);
        assertThat(api.put(colleague, ARTICLES + "/" + article, body("FAILURE_LESSON", "改写", "改写")).status())
                .isEqualTo(403);

        ApiClient.Response revised = api.put(author, ARTICLES + "/" + article,
                body("FAILURE_LESSON", "丢单教训（修订）", "报价太晚，竞争对手先拿到了样机测试机会。下次首周内安排样机。"));
        assertThat(revised.status()).as(revised.toString()).isEqualTo(200);
        assertThat(revised.json().path("version").asInt()).isEqualTo(2);
        assertThat(revised.json().path("status").asText()).isEqualTo("DRAFT");
        assertThat(api.as(colleague).get(ARTICLES + "/" + article).status()).isEqualTo(404);

        JsonNode versions = api.as(author).get(ARTICLES + "/" + article + "/versions").json();
        assertThat(versions.path("totalItems").asInt()).isEqualTo(2);
        assertThat(versions.path("items").get(0).path("title").asText()).isEqualTo("丢单教训（修订）");
        assertThat(versions.path("items").get(1).path("title").asText()).isEqualTo("丢单教训");
        assertThat(versions.path("items").get(1).path("publishedAt").isTextual()).isTrue();
        assertThat(versions.path("items").get(0).path("publishedAt").isMissingNode()).isTrue();

        Contracts.assertConforms("training", probe.awaitEnvelope(article, "ArticleDrafted"));
        Contracts.assertConforms("training", probe.awaitEnvelope(article, "ArticlePublished"));
        JsonNode revision = probe.awaitEnvelope(article, "ArticleRevised");
        Contracts.assertConforms("training", revision);
        assertThat(revision.path("data").path("editorId").asText()).isEqualTo(authorId);
    }

    @Test
    void rejectedArticlesStoreNothingAndPublishNothing() {
        String rejected = newId();
        ApiClient.Response badKind = api.as(TestTokens.rep(newId(), null)).post(ARTICLES, """
                {"id":"%s","title":"话术","kind":"GOSSIP","body":"内容"}""".formatted(rejected));
        assertThat(badKind.status()).isEqualTo(400);
        assertThat(badKind.json().path("errors").get(0).path("field").asText()).isEqualTo("kind");
        ApiClient.Response halfLink = api.as(TestTokens.rep(newId(), null)).post(ARTICLES, """
                {"id":"%s","title":"话术","kind":"SALES_SCRIPT","body":"内容","opportunityId":"%s"}"""
                .formatted(rejected, newId()));
        assertThat(halfLink.status()).isEqualTo(400);
        assertThat(halfLink.json().path("errors").get(0).path("field").asText()).isEqualTo("opportunityOutcome");
        assertThat(api.as(TestTokens.token(newId(), null, "INTEGRATION")).post(ARTICLES,
                body("SALES_SCRIPT", "话术", "内容")).status()).isEqualTo(403);

        String later = write(TestTokens.rep(newId(), null), "SALES_SCRIPT", "话术", "内容");
        probe.awaitEnvelope(later, "ArticleDrafted");
        assertThat(api.storedEventsOf(rejected)).isZero();
        assertThat(probe.seenFor(rejected)).isEmpty();
    }

    private String write(String token, String kind, String title, String text) {
        return api.created(token, ARTICLES, body(kind, title, text));
    }

    private String body(String kind, String title, String text) {
        return """
                {"title":"%s","kind":"%s","body":"%s","tags":["%s"]}""".formatted(title, kind, text, tag);
    }

    private String publish(String article) {
        ApiClient.Response published = api.as(manager).post(ARTICLES + "/" + article + "/publication", "");
        assertThat(published.status()).as(published.toString()).isEqualTo(200);
        return article;
    }

    private JsonNode search(String text) {
        ApiClient.Response response = api.as(TestTokens.rep(newId(), null))
                .get(ARTICLES + "?tag=" + tag + "&q=" + URLEncoder.encode(text, StandardCharsets.UTF_8));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.path("items").forEach(item -> ids.add(item.path("id").asText()));
        return ids;
    }

    /** The highlighted parts of a snippet, cut out of its text by their offsets. */
    private static List<String> highlighted(JsonNode snippet) {
        String text = snippet.path("text").asText();
        List<String> parts = new ArrayList<>();
        snippet.path("highlights").forEach(highlight -> {
            int start = highlight.path("start").asInt();
            parts.add(text.substring(start, start + highlight.path("length").asInt()));
        });
        return parts;
    }
}
