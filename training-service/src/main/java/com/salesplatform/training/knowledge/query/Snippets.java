package com.salesplatform.training.knowledge.query;

import java.util.Optional;

/**
 * The snippet of a body around the first literal occurrence of the searched text, which is wrapped in
 * {@code <mark>…</mark>}: PostgreSQL's {@code ts_headline} only highlights whole words, and a Chinese fragment is
 * never a whole word to the English parser.
 */
final class Snippets {

    static final String START = "<mark>";
    static final String STOP = "</mark>";
    private static final int CONTEXT = 40;

    private Snippets() {
    }

    static Optional<String> around(String body, String text) {
        int at = indexIgnoringCase(body, text);
        if (at < 0) {
            return Optional.empty();
        }
        int from = Math.max(0, at - CONTEXT);
        int to = Math.min(body.length(), at + text.length() + CONTEXT);
        return Optional.of((from > 0 ? "…" : "") + body.substring(from, at) + START
                + body.substring(at, at + text.length()) + STOP + body.substring(at + text.length(), to)
                + (to < body.length() ? "…" : ""));
    }

    /** The start of a body, for a listing without search text. */
    static String opening(String body) {
        int to = Math.min(body.length(), 2 * CONTEXT);
        return body.substring(0, to) + (to < body.length() ? "…" : "");
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
