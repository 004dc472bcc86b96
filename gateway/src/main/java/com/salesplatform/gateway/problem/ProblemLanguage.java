package com.salesplatform.gateway.problem;

import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpHeaders;

/**
 * The language the gateway's own problems are written in: English when {@code Accept-Language} prefers it to
 * Chinese, Chinese (zh-CN, the product's language) otherwise — also without the header or with one that cannot be
 * read.
 */
public final class ProblemLanguage {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;

    private ProblemLanguage() {
    }

    public static Locale of(HttpHeaders headers) {
        List<Locale.LanguageRange> ranges;
        try {
            ranges = headers.getAcceptLanguage();
        } catch (IllegalArgumentException unreadable) {
            return CHINESE;
        }
        for (Locale.LanguageRange range : ranges) {
            String tag = range.getRange();
            if (range.getWeight() > 0 && (tag.equals("en") || tag.startsWith("en-"))) {
                return ENGLISH;
            }
            if (range.getWeight() > 0 && (tag.equals("zh") || tag.startsWith("zh-") || tag.equals("*"))) {
                return CHINESE;
            }
        }
        return CHINESE;
    }
}
