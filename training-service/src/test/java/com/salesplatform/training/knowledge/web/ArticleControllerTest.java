package com.salesplatform.training.knowledge.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.salesplatform.platform.access.OwnerScope;
import com.salesplatform.platform.roster.RosterReplica;
import com.salesplatform.platformtest.TestCallers;
import com.salesplatform.training.knowledge.api.ArticleKind;
import com.salesplatform.training.knowledge.api.ArticleReaders;
import com.salesplatform.training.knowledge.api.ArticleStatus;
import com.salesplatform.training.knowledge.api.FindArticleQuery;
import com.salesplatform.training.knowledge.api.FindArticlesQuery;
import com.salesplatform.training.knowledge.query.ArticleHits;
import com.salesplatform.training.knowledge.query.ArticleView;
import com.salesplatform.training.shared.Access;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(ArticleController.class)
@Import({KnowledgeAccess.class, Access.class, OwnerScope.class})
class ArticleControllerTest {

    private static final String ARTICLE = "4a9d1c3e-2b7f-4e80-9c1d-2e3f4a5b6c7d";
    private static final String AUTHOR = "5a1e5000-0000-4000-8000-0000000000c1";
    private static final String OTHER_REP = "5a1e5000-0000-4000-8000-0000000000c2";
    private static final ArticleView DRAFT = new ArticleView(ARTICLE, ArticleKind.SALES_SCRIPT, "电话开场白", "您好",
            List.of(), ArticleStatus.DRAFT, 1, AUTHOR, null, null, null, Instant.parse("2027-03-01T00:00:00Z"));

    @Autowired
    private MockMvc mvc;
    @MockitoBean
    private CommandGateway commands;
    @MockitoBean
    private QueryGateway queries;
    @MockitoBean
    private RosterReplica roster;

    @Test
    void aRepSearchesPublishedArticlesAndTheirOwnDraftsWithAFoldedTag() throws Exception {
        answer(FindArticlesQuery.class, new ArticleHits(List.of(), 0));
        mvc.perform(get("/api/knowledge/articles?q= 华东 &kind=PLAYBOOK&tag= Hospital ")
                        .with(TestCallers.rep(AUTHOR, null)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(0));
        var sent = ArgumentCaptor.forClass(FindArticlesQuery.class);
        verify(queries).query(sent.capture(), any(ResponseType.class));
        assertThat(sent.getValue())
                .returns("华东", FindArticlesQuery::text)
                .returns(ArticleKind.PLAYBOOK, FindArticlesQuery::kind)
                .returns("hospital", FindArticlesQuery::tag)
                .returns(ArticleReaders.publishedAndOwn(AUTHOR), FindArticlesQuery::readers);
    }

    @Test
    void aSearchTextOfOneCharacterOrAnUnknownKindIsABadRequest() throws Exception {
        mvc.perform(get("/api/knowledge/articles?q=华").with(TestCallers.rep(AUTHOR, null)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("q"));
        mvc.perform(get("/api/knowledge/articles?kind=GOSSIP").with(TestCallers.rep(AUTHOR, null)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("kind"));
        verifyNoInteractions(queries);
    }

    @Test
    void anotherRepsDraftIsNotFoundAndItsAuthorMayNotPublishIt() throws Exception {
        answer(FindArticleQuery.class, Optional.of(DRAFT));
        mvc.perform(get("/api/knowledge/articles/" + ARTICLE).with(TestCallers.rep(OTHER_REP, null)))
                .andExpect(status().isNotFound());
        mvc.perform(put("/api/knowledge/articles/" + ARTICLE).with(TestCallers.rep(OTHER_REP, null))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"t\",\"kind\":\"SALES_SCRIPT\",\"body\":\"b\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/knowledge/articles/" + ARTICLE + "/publication").with(TestCallers.rep(AUTHOR, null)))
                .andExpect(status().isForbidden());
        verifyNoInteractions(commands);
    }

    @Test
    void namesInvalidArticleFields() throws Exception {
        mvc.perform(post("/api/knowledge/articles").with(TestCallers.rep(AUTHOR, null))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"\",\"kind\":\"SALES_SCRIPT\",\"body\":\"b\",\"tags\":[\" \"]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.length()").value(2));
        verifyNoInteractions(commands);
    }

    @SuppressWarnings("unchecked")
    private <Q> void answer(Class<Q> queryType, Object result) {
        given(queries.query(any(queryType), any(ResponseType.class)))
                .willReturn(CompletableFuture.completedFuture(result));
    }
}
