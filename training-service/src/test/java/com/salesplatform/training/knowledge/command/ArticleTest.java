package com.salesplatform.training.knowledge.command;

import static com.salesplatform.platformtest.Rejections.rejectedOn;

import com.salesplatform.platform.rejection.RuleViolationException;
import com.salesplatform.training.knowledge.api.ArticleContent;
import com.salesplatform.training.knowledge.api.ArticleDraftedEvent;
import com.salesplatform.training.knowledge.api.ArticleKind;
import com.salesplatform.training.knowledge.api.ArticlePublishedEvent;
import com.salesplatform.training.knowledge.api.ArticleRevisedEvent;
import com.salesplatform.training.knowledge.api.DraftArticleCommand;
import com.salesplatform.training.knowledge.api.OpportunityOutcome;
import com.salesplatform.training.knowledge.api.PublishArticleCommand;
import com.salesplatform.training.knowledge.api.ReviseArticleCommand;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ArticleTest {

    private static final String ARTICLE = "4a9d1c3e-2b7f-4e80-9c1d-2e3f4a5b6c7d";
    private static final String AUTHOR = "5a1e5000-0000-4000-8000-0000000000c1";
    private static final String MANAGER = "5a1e5000-0000-4000-8000-0000000000b1";
    private static final String OPPORTUNITY = "9b8a7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d";
    private static final ArticleDraftedEvent DRAFTED = new ArticleDraftedEvent(ARTICLE, AUTHOR,
            ArticleKind.SUCCESS_CASE, "赢单复盘", "客户最关心售后响应时间", List.of("招标", "hospital"), OPPORTUNITY,
            OpportunityOutcome.WON, null);

    private FixtureConfiguration<Article> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Article.class);
    }

    @Test
    void draftsAnArticleWithFoldedUniqueTags() {
        fixture.givenNoPriorActivity()
                .when(new DraftArticleCommand(ARTICLE, AUTHOR, content(" 赢单复盘 ",
                        List.of("招标", " Hospital ", "hospital"), OPPORTUNITY, OpportunityOutcome.WON), null))
                .expectEvents(DRAFTED);
    }

    @Test
    void anArticleNeedsNoTagsNorOpportunity() {
        fixture.givenNoPriorActivity()
                .when(new DraftArticleCommand(ARTICLE, AUTHOR, content("话术", null, null, null), null))
                .expectEvents(new ArticleDraftedEvent(ARTICLE, AUTHOR, ArticleKind.SUCCESS_CASE, "话术",
                        "客户最关心售后响应时间", List.of(), null, null, null));
    }

    @Test
    void rejectsEachInvalidField() {
        expectRejected(new ArticleContent(null, "t", "b", null, null, null), "kind");
        expectRejected(content(" ", null, null, null), "title");
        expectRejected(new ArticleContent(ArticleKind.PLAYBOOK, "t", "", null, null, null), "body");
        expectRejected(content("t", List.of("ok", " "), null, null), "tags");
        expectRejected(content("t", List.of("签".repeat(51)), null, null), "tags");
        expectRejected(content("t", IntStream.range(0, 21).mapToObj(i -> "tag" + i).toList(), null, null), "tags");
        expectRejected(content("t", null, OPPORTUNITY, null), "opportunityOutcome");
        expectRejected(content("t", null, null, OpportunityOutcome.LOST), "opportunityId");
        fixture.givenNoPriorActivity()
                .when(new DraftArticleCommand(ARTICLE, null, content("t", null, null, null), null))
                .expectNoEvents().expectException(rejectedOn("authorId"));
    }

    @Test
    void aRevisionIsTheNextVersion() {
        fixture.given(DRAFTED, new ArticlePublishedEvent(ARTICLE, 1))
                .when(new ReviseArticleCommand(ARTICLE, MANAGER, content("赢单复盘（修订）", List.of("谈判"), null, null)))
                .expectEvents(new ArticleRevisedEvent(ARTICLE, 2, MANAGER, ArticleKind.SUCCESS_CASE, "赢单复盘（修订）",
                        "客户最关心售后响应时间", List.of("谈判"), null, null));
    }

    @Test
    void anInvalidRevisionIsRejected() {
        fixture.given(DRAFTED)
                .when(new ReviseArticleCommand(ARTICLE, MANAGER, content("", null, null, null)))
                .expectNoEvents().expectException(rejectedOn("title"));
    }

    @Test
    void publishesTheCurrentVersionOnce() {
        fixture.given(DRAFTED)
                .when(new PublishArticleCommand(ARTICLE))
                .expectEvents(new ArticlePublishedEvent(ARTICLE, 1));
        fixture.given(DRAFTED, new ArticlePublishedEvent(ARTICLE, 1))
                .when(new PublishArticleCommand(ARTICLE))
                .expectNoEvents().expectException(RuleViolationException.class);
    }

    @Test
    void aRevisedArticleIsPublishedAgainAtItsNewVersion() {
        fixture.given(DRAFTED, new ArticlePublishedEvent(ARTICLE, 1),
                        new ArticleRevisedEvent(ARTICLE, 2, AUTHOR, ArticleKind.PLAYBOOK, "t", "b", List.of(), null, null))
                .when(new PublishArticleCommand(ARTICLE))
                .expectEvents(new ArticlePublishedEvent(ARTICLE, 2));
    }

    private static ArticleContent content(String title, List<String> tags, String opportunityId,
                                          OpportunityOutcome outcome) {
        return new ArticleContent(ArticleKind.SUCCESS_CASE, title, "客户最关心售后响应时间",
                tags == null ? null : Arrays.asList(tags.toArray(String[]::new)), opportunityId, outcome);
    }

    private void expectRejected(ArticleContent content, String field) {
        fixture.givenNoPriorActivity()
                .when(new DraftArticleCommand(ARTICLE, AUTHOR, content, null))
                .expectNoEvents().expectException(rejectedOn(field));
    }
}
