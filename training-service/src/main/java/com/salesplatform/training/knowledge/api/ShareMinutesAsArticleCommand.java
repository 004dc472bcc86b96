package com.salesplatform.training.knowledge.api;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/**
 * Turns an experience-sharing meeting's minutes into a draft article written by {@code authorId}; {@code kind}
 * (default SUCCESS_CASE), {@code title} (default from the agenda) and {@code tags} are optional. Answered with the
 * article's id, which follows from the meeting's, so a meeting is shared once.
 */
public record ShareMinutesAsArticleCommand(String meetingId, String authorId, ArticleKind kind, String title,
                                           List<String> tags) {

    /** The id of the article a meeting's minutes become. */
    public String articleId() {
        return UUID.nameUUIDFromBytes(("article-from-meeting/" + meetingId).getBytes(StandardCharsets.UTF_8))
                .toString();
    }
}
