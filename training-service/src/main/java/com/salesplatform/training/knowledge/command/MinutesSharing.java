package com.salesplatform.training.knowledge.command;

import com.salesplatform.platform.rejection.NotFoundException;
import com.salesplatform.platform.value.Text;
import com.salesplatform.training.knowledge.api.ArticleContent;
import com.salesplatform.training.knowledge.api.ArticleKind;
import com.salesplatform.training.knowledge.api.DraftArticleCommand;
import com.salesplatform.training.knowledge.api.ShareMinutesAsArticleCommand;
import com.salesplatform.training.meeting.api.SharedMinutes;
import com.salesplatform.training.meeting.command.Meeting;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.config.Configuration;
import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Shares a meeting's minutes as a draft article: the {@link Meeting} is loaded in the same unit of work and decides
 * whether it has minutes to share; the new {@link Article} is created from them, so a meeting shared twice fails on
 * the article's stream (409), and nothing is written when the meeting may not share.
 */
@Component
class MinutesSharing {

    static final String TITLE_PREFIX = "经验分享：";

    private final ObjectProvider<Configuration> axon;

    MinutesSharing(ObjectProvider<Configuration> axon) {
        this.axon = axon;
    }

    @CommandHandler
    String handle(ShareMinutesAsArticleCommand command) throws Exception {
        SharedMinutes shared = minutesOf(command.meetingId());
        ArticleContent content = new ArticleContent(command.kind() == null ? ArticleKind.SUCCESS_CASE : command.kind(),
                command.title() == null || command.title().isBlank() ? titleFrom(shared.agenda()) : command.title(),
                shared.minutes(), command.tags(), null, null);
        String articleId = command.articleId();
        DraftArticleCommand draft = new DraftArticleCommand(articleId, command.authorId(), content, shared.meetingId());
        axon.getObject().repository(Article.class).newInstance(() -> new Article(draft));
        return articleId;
    }

    private SharedMinutes minutesOf(String meetingId) {
        try {
            return axon.getObject().repository(Meeting.class).load(meetingId).invoke(Meeting::minutesToShare);
        } catch (AggregateNotFoundException | IncompatibleAggregateException e) {
            throw new NotFoundException("Meeting", meetingId);
        }
    }

    /** "经验分享：" and the agenda's first line, cut to an article title's length. */
    static String titleFrom(String agenda) {
        String title = TITLE_PREFIX + agenda.strip().lines().findFirst().orElse("");
        return Text.length(title) <= ArticleContentRules.MAX_TITLE ? title
                : title.substring(0, title.offsetByCodePoints(0, ArticleContentRules.MAX_TITLE));
    }
}
