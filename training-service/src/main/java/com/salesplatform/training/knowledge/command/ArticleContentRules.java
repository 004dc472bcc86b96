package com.salesplatform.training.knowledge.command;

import com.salesplatform.platform.rejection.FieldRejectedException;
import com.salesplatform.platform.value.Text;
import com.salesplatform.training.knowledge.api.ArticleContent;
import com.salesplatform.training.shared.Require;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** What an article version must be: its text within bounds, tags folded and unique, a complete opportunity link. */
final class ArticleContentRules {

    static final int MAX_TITLE = 200;
    static final int MAX_BODY = 50_000;
    static final int MAX_TAGS = 20;
    static final int MAX_TAG = 50;

    private ArticleContentRules() {
    }

    static ArticleContent checked(ArticleContent content) {
        Require.present("kind", content.kind());
        String title = Text.required("title", content.title(), MAX_TITLE);
        String body = Text.required("body", content.body(), MAX_BODY);
        if ((content.opportunityId() == null) != (content.opportunityOutcome() == null)) {
            throw new FieldRejectedException(content.opportunityId() == null ? "opportunityId" : "opportunityOutcome",
                    "an opportunity link needs both opportunityId and opportunityOutcome");
        }
        return new ArticleContent(content.kind(), title, body, tags(content.tags()), content.opportunityId(),
                content.opportunityOutcome());
    }

    private static List<String> tags(List<String> tags) {
        if (tags == null) {
            return List.of();
        }
        Set<String> folded = new LinkedHashSet<>();
        for (String tag : tags) {
            folded.add(Text.required("tags", tag, MAX_TAG).toLowerCase(Locale.ROOT));
        }
        if (folded.size() > MAX_TAGS) {
            throw new FieldRejectedException("tags", "must be at most " + MAX_TAGS + " tags");
        }
        return new ArrayList<>(folded);
    }
}
