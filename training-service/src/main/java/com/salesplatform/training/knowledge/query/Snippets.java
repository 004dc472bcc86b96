package com.salesplatform.training.knowledge.query;

import java.util.List;
import java.util.Optional;

/**
 * The snippet of a body around the first literal occurrence of the searched text, which is highlighted: PostgreSQL's
 * {@code ts_headline} only highlights whole words, and a Chinese fragment is never a whole word to the English
 * parser. {@code ts_headline}'s own snippets (English words) mark their highlights with two private-use characters
 * that no article text carries, read back into offsets.
 */
final class Snippets {

    static final String START = "\uE000";
    static final String STOP = "\uE001";
    private static final String ELLIPSIS = "…";
    private static final int CONTEXT = 40;

    private Snippets() {
    }

    static Optional<Snippet> around(String body, String text) {
        int at = indexIgnoringCase(body, text);
        if (at < 0) {
            return Optional.empty();
        }
        int from = Math.max(0, at - CONTEXT);
        int to = Math.min(body.length(), at + text.length() + CONTEXT);
        String before = (from > 0 ? ELLIPSIS : "") + body.substring(from, at);
        String snippet = before + body.substring(at, to) + (to < body.length() ? ELLIPSIS : "");
        return Optional.of(new Snippet(snippet, List.of(new Snippet.Highlight(before.length(), text.length()))));
    }

    /** {@code ts_headline}'s snippet, its markers turned into offsets. */
    static Snippet headline(String marked) {
        return Snippet.fromMarked(marked, START, STOP);
    }

    /** The start of a body, for a listing without search text. */
    static Snippet opening(String body) {
        int to = Math.min(body.length(), 2 * CONTEXT);
        return new Snippet(body.substring(0, to) + (to < body.length() ? ELLIPSIS : ""), List.of());
    }

    private static int indexIgnoringCase(String body, String text) {
        for (int i = 0; i + text.length() <= body.length(); i++) {
            if (body.regionMatches(true, i, text, 0, text.length())) {
                return i;
            }
        }
        return -1;
    }
}
