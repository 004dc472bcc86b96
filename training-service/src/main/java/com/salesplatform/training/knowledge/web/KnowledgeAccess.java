package com.salesplatform.training.knowledge.web;

import com.salesplatform.platform.security.CallerIdentity;
import com.salesplatform.training.knowledge.api.ArticleReaders;
import com.salesplatform.training.knowledge.query.ArticleView;
import com.salesplatform.training.shared.Access;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Knowledge-base rules: MANAGER and ADMIN read everything and publish; everyone else reads published articles and
 * their own drafts. Reps, managers and admins write; an article is revised by its author or a MANAGER/ADMIN.
 */
@Component
public class KnowledgeAccess {

    private final Access access;

    KnowledgeAccess(Access access) {
        this.access = access;
    }

    ArticleReaders readers(CallerIdentity caller) {
        return reviews(caller) ? ArticleReaders.everything() : ArticleReaders.publishedAndOwn(caller.subject());
    }

    public boolean mayRead(CallerIdentity caller, ArticleView article) {
        return readers(caller).mayRead(article.status(), article.authorId());
    }

    void requireWriter(CallerIdentity caller) {
        access.requireLearner(caller);
    }

    void requireEditor(CallerIdentity caller, ArticleView article) {
        requireWriter(caller);
        if (!reviews(caller) && !caller.is(article.authorId())) {
            throw new AccessDeniedException("Only its author, a MANAGER or an ADMIN revises an article");
        }
    }

    void requirePublisher(CallerIdentity caller) {
        if (!reviews(caller)) {
            throw new AccessDeniedException("Only a MANAGER or ADMIN publishes articles");
        }
    }

    private boolean reviews(CallerIdentity caller) {
        return access.isManagerOrAdmin(caller);
    }
}
