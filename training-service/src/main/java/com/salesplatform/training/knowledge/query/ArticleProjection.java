package com.salesplatform.training.knowledge.query;

import com.salesplatform.training.knowledge.api.ArticleDraftedEvent;
import com.salesplatform.training.knowledge.api.ArticleKind;
import com.salesplatform.training.knowledge.api.ArticlePublishedEvent;
import com.salesplatform.training.knowledge.api.ArticleRevisedEvent;
import com.salesplatform.training.knowledge.api.ArticleStatus;
import com.salesplatform.training.knowledge.api.FindArticleQuery;
import com.salesplatform.training.knowledge.api.FindArticleVersionsQuery;
import com.salesplatform.training.knowledge.api.OpportunityOutcome;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@code article_view} (each article's current version, indexed for search: see {@link ArticleSearch}) and
 * {@code article_version} (every version ever written).
 */
@Component
@ProcessingGroup("knowledge-view")
public class ArticleProjection {

    private final JdbcTemplate jdbc;

    ArticleProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(ArticleDraftedEvent event, @org.axonframework.eventhandling.Timestamp Instant occurredAt) {
        Timestamp at = Timestamp.from(occurredAt);
        String[] tags = event.tags().toArray(String[]::new);
        String outcome = event.opportunityOutcome() == null ? null : event.opportunityOutcome().name();
        jdbc.update("""
                        INSERT INTO article_view (article_id, kind, title, body, tags, status, version, author_id,
                                                  opportunity_id, opportunity_outcome, source_meeting_id, updated_at)
                        VALUES (?, ?, ?, ?, ?, 'DRAFT', 1, ?, ?, ?, ?, ?) ON CONFLICT (article_id) DO NOTHING""",
                event.articleId(), event.kind().name(), event.title(), event.body(), tags, event.authorId(),
                event.opportunityId(), outcome, event.sourceMeetingId(), at);
        insertVersion(event.articleId(), 1, event.kind(), event.title(), event.body(), tags, event.opportunityId(),
                outcome, event.authorId(), at);
    }

    @EventHandler
    void on(ArticleRevisedEvent event, @org.axonframework.eventhandling.Timestamp Instant occurredAt) {
        Timestamp at = Timestamp.from(occurredAt);
        String[] tags = event.tags().toArray(String[]::new);
        String outcome = event.opportunityOutcome() == null ? null : event.opportunityOutcome().name();
        jdbc.update("""
                        UPDATE article_view SET kind = ?, title = ?, body = ?, tags = ?, status = 'DRAFT', version = ?,
                                                opportunity_id = ?, opportunity_outcome = ?, updated_at = ?
                        WHERE article_id = ?""",
                event.kind().name(), event.title(), event.body(), tags, event.version(), event.opportunityId(),
                outcome, at, event.articleId());
        insertVersion(event.articleId(), event.version(), event.kind(), event.title(), event.body(), tags,
                event.opportunityId(), outcome, event.editorId(), at);
    }

    @EventHandler
    void on(ArticlePublishedEvent event, @org.axonframework.eventhandling.Timestamp Instant occurredAt) {
        jdbc.update("UPDATE article_view SET status = 'PUBLISHED', updated_at = ? WHERE article_id = ?",
                Timestamp.from(occurredAt), event.articleId());
        jdbc.update("UPDATE article_version SET published_at = ? WHERE article_id = ? AND version = ?",
                Timestamp.from(occurredAt), event.articleId(), event.version());
    }

    private void insertVersion(String articleId, int version, ArticleKind kind, String title, String body,
                               String[] tags, String opportunityId, String outcome, String editorId, Timestamp at) {
        jdbc.update("""
                        INSERT INTO article_version (article_id, version, kind, title, body, tags, opportunity_id,
                                                     opportunity_outcome, editor_id, written_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (article_id, version) DO NOTHING""",
                articleId, version, kind.name(), title, body, tags, opportunityId, outcome, editorId, at);
    }

    @QueryHandler
    Optional<ArticleView> handle(FindArticleQuery query) {
        return jdbc.query("SELECT * FROM article_view WHERE article_id = ?", (rs, row) -> new ArticleView(
                        rs.getString("article_id"), ArticleKind.valueOf(rs.getString("kind")), rs.getString("title"),
                        rs.getString("body"), tags(rs), ArticleStatus.valueOf(rs.getString("status")),
                        rs.getInt("version"), rs.getString("author_id"), rs.getString("opportunity_id"),
                        outcome(rs), rs.getString("source_meeting_id"), rs.getTimestamp("updated_at").toInstant()),
                query.articleId()).stream().findFirst();
    }

    @QueryHandler
    ArticleVersions handle(FindArticleVersionsQuery query) {
        Long total = jdbc.queryForObject("SELECT count(*) FROM article_version WHERE article_id = ?", Long.class,
                query.articleId());
        List<ArticleVersionView> items = jdbc.query("""
                        SELECT * FROM article_version WHERE article_id = ? ORDER BY version DESC LIMIT ? OFFSET ?""",
                (rs, row) -> new ArticleVersionView(rs.getInt("version"), ArticleKind.valueOf(rs.getString("kind")),
                        rs.getString("title"), rs.getString("body"), tags(rs), rs.getString("opportunity_id"),
                        outcome(rs), rs.getString("editor_id"), rs.getTimestamp("written_at").toInstant(),
                        Optional.ofNullable(rs.getTimestamp("published_at")).map(Timestamp::toInstant).orElse(null)),
                query.articleId(), query.page().size(), query.page().offset());
        return new ArticleVersions(items, total == null ? 0 : total);
    }

    static List<String> tags(ResultSet rs) throws SQLException {
        Array array = rs.getArray("tags");
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private static OpportunityOutcome outcome(ResultSet rs) throws SQLException {
        String outcome = rs.getString("opportunity_outcome");
        return outcome == null ? null : OpportunityOutcome.valueOf(outcome);
    }
}
