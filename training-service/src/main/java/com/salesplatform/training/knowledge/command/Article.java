package com.salesplatform.training.knowledge.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.salesplatform.platform.rejection.RuleViolationException;
import com.salesplatform.training.knowledge.api.ArticleContent;
import com.salesplatform.training.knowledge.api.ArticleDraftedEvent;
import com.salesplatform.training.knowledge.api.ArticlePublishedEvent;
import com.salesplatform.training.knowledge.api.ArticleRevisedEvent;
import com.salesplatform.training.knowledge.api.DraftArticleCommand;
import com.salesplatform.training.knowledge.api.PublishArticleCommand;
import com.salesplatform.training.knowledge.api.ReviseArticleCommand;
import com.salesplatform.training.shared.Require;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A knowledge-base article (内部知识库): written as a draft, published by a manager, revised into new versions
 * (every version stays in its history); a revision is a draft again until it is published.
 */
@Aggregate
public class Article {

    @AggregateIdentifier
    private String articleId;
    private int version;
    private boolean published;

    protected Article() {
        // for Axon
    }

    @CommandHandler
    public Article(DraftArticleCommand command) {
        Require.present("authorId", command.authorId());
        ArticleContent content = ArticleContentRules.checked(command.content());
        apply(new ArticleDraftedEvent(command.articleId(), command.authorId(), content.kind(), content.title(),
                content.body(), content.tags(), content.opportunityId(), content.opportunityOutcome(),
                command.sourceMeetingId()));
    }

    @CommandHandler
    public void handle(ReviseArticleCommand command) {
        ArticleContent content = ArticleContentRules.checked(command.content());
        apply(new ArticleRevisedEvent(articleId, version + 1, command.editorId(), content.kind(), content.title(),
                content.body(), content.tags(), content.opportunityId(), content.opportunityOutcome()));
    }

    @CommandHandler
    public void handle(PublishArticleCommand command) {
        if (published) {
            throw new RuleViolationException("Version " + version + " of article " + articleId + " is already published");
        }
        apply(new ArticlePublishedEvent(articleId, version));
    }

    @EventSourcingHandler
    void on(ArticleDraftedEvent event) {
        articleId = event.articleId();
        version = 1;
    }

    @EventSourcingHandler
    void on(ArticleRevisedEvent event) {
        version = event.version();
        published = false;
    }

    @EventSourcingHandler
    void on(ArticlePublishedEvent event) {
        published = true;
    }
}
