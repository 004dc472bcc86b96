package com.salesplatform.training.knowledge.api;

/** Which articles a caller may read: all, or the published ones plus their own drafts ({@code authorId}). */
public record ArticleReaders(boolean all, String authorId) {

    public static ArticleReaders everything() {
        return new ArticleReaders(true, null);
    }

    public static ArticleReaders publishedAndOwn(String authorId) {
        return new ArticleReaders(false, authorId);
    }

    public boolean mayRead(ArticleStatus status, String author) {
        return all || status == ArticleStatus.PUBLISHED || (authorId != null && authorId.equals(author));
    }
}
