package com.salesplatform.training.knowledge.query;

import com.salesplatform.training.knowledge.api.ArticleKind;
import com.salesplatform.training.knowledge.api.ArticleStatus;
import com.salesplatform.training.knowledge.api.FindArticlesQuery;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Knowledge-base search in PostgreSQL (docs/adr/0010-knowledge-base-search.md). An article matches when its English
 * stems match ({@code to_tsvector('english')} against {@code websearch_to_tsquery}) or when its title or body
 * contains the text literally ({@code ILIKE}, served by pg_trgm indexes): the latter finds any fragment of Chinese
 * text, which has no spaces for a word parser to split on. Rank: a literal title match first, then a literal body
 * match, then full-text rank with the title weighted above the body.
 */
@Component
class ArticleSearch {

    private static final String HEADLINE_OPTIONS =
            "StartSel=" + Snippets.START + ", StopSel=" + Snippets.STOP + ", MaxWords=30, MinWords=10";

    private final JdbcTemplate jdbc;

    ArticleSearch(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    ArticleHits handle(FindArticlesQuery query) {
        List<Object> filterArguments = new ArrayList<>();
        String filters = filters(query, filterArguments);
        if (query.text() == null) {
            return listing(query, filters, filterArguments);
        }
        String pattern = "%" + escapeLike(query.text()) + "%";
        List<Object> arguments = new ArrayList<>(List.of(query.text(), pattern));
        arguments.addAll(filterArguments);
        String matching = """
                FROM article_view a, (SELECT websearch_to_tsquery('english', ?) AS words, ?::text AS pattern) q
                WHERE (a.search_vector @@ q.words OR a.title ILIKE q.pattern OR a.body ILIKE q.pattern)""" + filters;
        Long total = jdbc.queryForObject("SELECT count(*) " + matching, Long.class, arguments.toArray());
        arguments.add(query.page().size());
        arguments.add(query.page().offset());
        List<ArticleHit> hits = jdbc.query("""
                        SELECT a.*,
                               (CASE WHEN a.title ILIKE q.pattern THEN 2 ELSE 0 END
                                + CASE WHEN a.body ILIKE q.pattern THEN 1 ELSE 0 END
                                + ts_rank(a.search_vector, q.words)) AS rank,
                               ts_headline('english', a.body, q.words, '%s') AS headline
                        """.formatted(HEADLINE_OPTIONS) + matching
                        + " ORDER BY rank DESC, a.updated_at DESC, a.article_id LIMIT ? OFFSET ?",
                (rs, row) -> {
                    String headline = rs.getString("headline");
                    return hit(rs, rs.getDouble("rank"), Snippets.around(rs.getString("body"), query.text())
                            .orElseGet(() -> Snippets.headline(headline)));
                },
                arguments.toArray());
        return new ArticleHits(hits, total == null ? 0 : total);
    }

    private ArticleHits listing(FindArticlesQuery query, String filters, List<Object> arguments) {
        String matching = " FROM article_view a WHERE TRUE" + filters;
        Long total = jdbc.queryForObject("SELECT count(*)" + matching, Long.class, arguments.toArray());
        arguments.add(query.page().size());
        arguments.add(query.page().offset());
        List<ArticleHit> hits = jdbc.query("SELECT a.*" + matching
                        + " ORDER BY a.updated_at DESC, a.article_id LIMIT ? OFFSET ?",
                (rs, row) -> hit(rs, 0, Snippets.opening(rs.getString("body"))), arguments.toArray());
        return new ArticleHits(hits, total == null ? 0 : total);
    }

    private static String filters(FindArticlesQuery query, List<Object> arguments) {
        StringBuilder filters = new StringBuilder();
        if (query.kind() != null) {
            filters.append(" AND a.kind = ?");
            arguments.add(query.kind().name());
        }
        if (query.tag() != null) {
            filters.append(" AND ? = ANY (a.tags)");
            arguments.add(query.tag());
        }
        if (!query.readers().all()) {
            filters.append(" AND (a.status = 'PUBLISHED' OR a.author_id = ?)");
            arguments.add(query.readers().authorId());
        }
        return filters.toString();
    }

    private static ArticleHit hit(ResultSet rs, double rank, Snippet snippet) throws SQLException {
        return new ArticleHit(rs.getString("article_id"), ArticleKind.valueOf(rs.getString("kind")),
                rs.getString("title"), ArticleProjection.tags(rs), ArticleStatus.valueOf(rs.getString("status")),
                rs.getInt("version"), rs.getString("author_id"), rank, snippet,
                rs.getTimestamp("updated_at").toInstant());
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
