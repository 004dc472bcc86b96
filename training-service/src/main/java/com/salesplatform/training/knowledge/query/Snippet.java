package com.salesplatform.training.knowledge.query;

import java.util.ArrayList;
import java.util.List;

/**
 * A piece of an article's body as plain text, with the matched parts given as offsets rather than as markup, so a
 * client shows it without injecting HTML: {@code start} and {@code length} count UTF-16 code units, as JavaScript
 * and Java string indices do.
 */
public record Snippet(String text, List<Highlight> highlights) {

    public Snippet {
        highlights = List.copyOf(highlights);
    }

    public record Highlight(int start, int length) {
    }

    /** Reads a text whose highlights are wrapped in {@code start}…{@code stop} markers. */
    static Snippet fromMarked(String marked, String start, String stop) {
        StringBuilder text = new StringBuilder();
        List<Highlight> highlights = new ArrayList<>();
        int at = 0;
        while (at < marked.length()) {
            int open = marked.indexOf(start, at);
            int close = open < 0 ? -1 : marked.indexOf(stop, open + start.length());
            if (open < 0 || close < 0) {
                text.append(marked, at, marked.length());
                break;
            }
            text.append(marked, at, open);
            int from = text.length();
            text.append(marked, open + start.length(), close);
            highlights.add(new Highlight(from, text.length() - from));
            at = close + stop.length();
        }
        return new Snippet(text.toString(), highlights);
    }
}
