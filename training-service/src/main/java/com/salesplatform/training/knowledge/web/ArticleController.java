package com.salesplatform.training.knowledge.web;

import com.salesplatform.platform.access.ObjectAccess;
import com.salesplatform.platform.rejection.FieldRejectedException;
import com.salesplatform.platform.security.CallerIdentity;
import com.salesplatform.platform.value.Text;
import com.salesplatform.platform.web.Created;
import com.salesplatform.platform.web.PageQuery;
import com.salesplatform.platform.web.PageResponse;
import com.salesplatform.training.knowledge.api.ArticleKind;
import com.salesplatform.training.knowledge.api.DraftArticleCommand;
import com.salesplatform.training.knowledge.api.FindArticleQuery;
import com.salesplatform.training.knowledge.api.FindArticleVersionsQuery;
import com.salesplatform.training.knowledge.api.FindArticlesQuery;
import com.salesplatform.training.knowledge.api.PublishArticleCommand;
import com.salesplatform.training.knowledge.api.ReviseArticleCommand;
import com.salesplatform.training.knowledge.query.ArticleHit;
import com.salesplatform.training.knowledge.query.ArticleHits;
import com.salesplatform.training.knowledge.query.ArticleVersionView;
import com.salesplatform.training.knowledge.query.ArticleVersions;
import com.salesplatform.training.knowledge.query.ArticleView;
import com.salesplatform.training.shared.Ids;
import jakarta.validation.Valid;
import java.util.Locale;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The knowledge base: write, revise, publish, read, search, and every version of an article. */
@RestController
@RequestMapping(ArticleController.PATH)
class ArticleController {

    static final String PATH = "/api/knowledge/articles";
    static final int MIN_SEARCH_LENGTH = 2;
    static final int MAX_SEARCH_LENGTH = 200;

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final KnowledgeAccess access;

    ArticleController(CommandGateway commands, QueryGateway queries, KnowledgeAccess access) {
        this.commands = commands;
        this.queries = queries;
        this.access = access;
    }

    @PostMapping
    ResponseEntity<Created> write(@Valid @RequestBody ArticleRequest request, CallerIdentity caller) {
        access.requireWriter(caller);
        String articleId = Ids.chosenOrNew(request.id());
        commands.sendAndWait(new DraftArticleCommand(articleId, Ids.normalised(caller.subject()), request.content(),
                null));
        return Created.at(PATH, articleId);
    }

    @PutMapping("/{articleId}")
    ArticleView revise(@PathVariable String articleId, @Valid @RequestBody ArticleRequest request,
                       CallerIdentity caller) {
        ArticleView article = readable(articleId, caller);
        access.requireEditor(caller, article);
        if (request.id() != null && !Ids.normalised(request.id()).equals(article.id())) {
            throw new FieldRejectedException("id", "is not the id of this article");
        }
        commands.sendAndWait(new ReviseArticleCommand(article.id(), Ids.normalised(caller.subject()),
                request.content()));
        return readable(articleId, caller);
    }

    @PostMapping("/{articleId}/publication")
    ArticleView publish(@PathVariable String articleId, CallerIdentity caller) {
        ArticleView article = readable(articleId, caller);
        access.requirePublisher(caller);
        commands.sendAndWait(new PublishArticleCommand(article.id()));
        return readable(articleId, caller);
    }

    @GetMapping("/{articleId}")
    ArticleView article(@PathVariable String articleId, CallerIdentity caller) {
        return readable(articleId, caller);
    }

    @GetMapping("/{articleId}/versions")
    PageResponse<ArticleVersionView> versions(@PathVariable String articleId, PageQuery page, CallerIdentity caller) {
        ArticleView article = readable(articleId, caller);
        ArticleVersions versions = queries.query(new FindArticleVersionsQuery(article.id(), page),
                ResponseTypes.instanceOf(ArticleVersions.class)).join();
        return PageResponse.of(versions.items(), page, versions.totalItems());
    }

    @GetMapping
    PageResponse<ArticleHit> search(@RequestParam(required = false) String q,
                                    @RequestParam(required = false) ArticleKind kind,
                                    @RequestParam(required = false) String tag, PageQuery page,
                                    CallerIdentity caller) {
        String text = searchText(q);
        String folded = tag == null || tag.isBlank() ? null : tag.strip().toLowerCase(Locale.ROOT);
        ArticleHits hits = queries.query(new FindArticlesQuery(text, kind, folded, access.readers(caller), page),
                ResponseTypes.instanceOf(ArticleHits.class)).join();
        return PageResponse.of(hits.items(), page, hits.totalItems());
    }

    private static String searchText(String q) {
        if (q == null || q.isBlank()) {
            return null;
        }
        String text = q.strip();
        int length = Text.length(text);
        if (length < MIN_SEARCH_LENGTH || length > MAX_SEARCH_LENGTH) {
            throw new FieldRejectedException("q", "must be " + MIN_SEARCH_LENGTH + " to " + MAX_SEARCH_LENGTH
                    + " characters");
        }
        return text;
    }

    private ArticleView readable(String articleId, CallerIdentity caller) {
        return ObjectAccess.visibleOrNotFound(queries.query(new FindArticleQuery(Ids.normalised(articleId)),
                        ResponseTypes.optionalInstanceOf(ArticleView.class)).join(),
                article -> access.mayRead(caller, article), "Article", articleId);
    }
}
