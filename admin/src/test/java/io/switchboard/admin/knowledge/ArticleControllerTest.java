package io.switchboard.admin.knowledge;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.switchboard.admin.support.StaffOnlyApiSlice;
import io.switchboard.core.audit.StaffAudit;
import io.switchboard.core.knowledge.ArticleContent;
import io.switchboard.core.knowledge.ArticleNotFoundException;
import io.switchboard.core.knowledge.ArticleRevision;
import io.switchboard.core.knowledge.ArticleText;
import io.switchboard.core.knowledge.DuplicateArticleException;
import io.switchboard.core.knowledge.KnowledgeBase;
import io.switchboard.core.knowledge.RevisionAction;
import io.switchboard.core.knowledge.StoredArticle;
import io.switchboard.core.ticket.TicketCategory;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(controllers = ArticleController.class)
@Import(StaffOnlyApiSlice.StaffOnly.class)
class ArticleControllerTest {

    private static final String BODY = """
            {"key": "withdrawal-pending", "category": "DEPOSIT_WITHDRAWAL", "tags": ["withdrawal", "提现"],
             "variants": {
               "en": {"title": "Why is my withdrawal pending?", "body": "Most finish in minutes at {exchange}.",
                      "phrasings": ["withdrawal stuck"]},
               "zh": {"title": "提现为什么在处理中？", "body": "通常几分钟内完成。", "phrasings": ["提币卡住了"]}}}
            """;

    private static final ArticleContent CONTENT = new ArticleContent("withdrawal-pending",
            TicketCategory.DEPOSIT_WITHDRAWAL, List.of("withdrawal", "提现"), Map.of(
                    "en", new ArticleText("Why is my withdrawal pending?", "Most finish in minutes at {exchange}.",
                            List.of("withdrawal stuck")),
                    "zh", new ArticleText("提现为什么在处理中？", "通常几分钟内完成。", List.of("提币卡住了"))));

    private static final Instant AT = Instant.parse("2026-04-01T08:00:00Z");

    @Autowired
    MockMvc mvc;

    @MockitoBean
    KnowledgeBase knowledgeBase;

    /** The console's sign-in notice (an MVC interceptor, so part of this slice) reads the audit log. */
    @MockitoBean
    StaffAudit audit;

    @Test
    @WithMockUser("alice")
    void createsAnArticleInTheNameOfTheSignedInStaffMember() throws Exception {
        when(knowledgeBase.create(CONTENT, "alice")).thenReturn(new StoredArticle(CONTENT, 1, AT, "alice"));

        mvc.perform(post("/api/kb/articles").with(csrf()).contentType(MediaType.APPLICATION_JSON).content(BODY))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/kb/articles/withdrawal-pending"))
                .andExpect(jsonPath("$.key").value("withdrawal-pending"))
                .andExpect(jsonPath("$.variants.zh.phrasings[0]").value("提币卡住了"))
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.updatedBy").value("alice"))
                .andExpect(jsonPath("$.updatedAt").value("2026-04-01T08:00:00Z"));
    }

    @Test
    @WithMockUser("alice")
    void aTakenKeyIsAConflict() throws Exception {
        when(knowledgeBase.create(any(), any())).thenThrow(new DuplicateArticleException("withdrawal-pending"));

        mvc.perform(post("/api/kb/articles").with(csrf()).contentType(MediaType.APPLICATION_JSON).content(BODY))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.message").value("a knowledge-base article with key 'withdrawal-pending' exists already"));
    }

    @Test
    @WithMockUser("alice")
    void anInvalidBodyIsRefusedWithAMessagePerFieldAndChangesNothing() throws Exception {
        String invalid = """
                {"key": "Withdrawal Pending", "category": "DEPOSIT_WITHDRAWAL",
                 "variants": {"english": {"title": "", "body": "text"}}}
                """;

        mvc.perform(post("/api/kb/articles").with(csrf()).contentType(MediaType.APPLICATION_JSON).content(invalid))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.key").value("must be lower-case letters and digits joined by dashes"))
                .andExpect(jsonPath("$.errors['variants[english].title']").value("must not be blank"))
                .andExpect(jsonPath("$.errors['variants[english]']").value("must be a two-letter language code"));
        mvc.perform(post("/api/kb/articles").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"key\": \"x\", \"category\": \"NOPE\", \"variants\": {}}"))
                .andExpect(status().isBadRequest());
        verifyNoInteractions(knowledgeBase);
    }

    @Test
    @WithMockUser("bob")
    void updatesAndDeletesByKey() throws Exception {
        when(knowledgeBase.update("withdrawal-pending", CONTENT, "bob")).thenReturn(new StoredArticle(CONTENT, 2, AT, "bob"));

        mvc.perform(put("/api/kb/articles/withdrawal-pending").with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(BODY))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(2));
        mvc.perform(delete("/api/kb/articles/withdrawal-pending").with(csrf()))
                .andExpect(status().isNoContent());

        verify(knowledgeBase).delete("withdrawal-pending", "bob");
    }

    @Test
    @WithMockUser("bob")
    void anUnknownKeyIsNotFound() throws Exception {
        when(knowledgeBase.article("nope")).thenReturn(java.util.Optional.empty());
        when(knowledgeBase.update(eq("nope"), any(), any())).thenThrow(new ArticleNotFoundException("nope"));
        doThrow(new ArticleNotFoundException("nope")).when(knowledgeBase).delete("nope", "bob");

        mvc.perform(get("/api/kb/articles/nope")).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.message").value("no knowledge-base article with key 'nope'"));
        mvc.perform(put("/api/kb/articles/nope").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(BODY.replace("withdrawal-pending", "nope"))).andExpect(status().isNotFound());
        mvc.perform(delete("/api/kb/articles/nope").with(csrf())).andExpect(status().isNotFound());
        mvc.perform(get("/api/kb/articles/nope/revisions")).andExpect(status().isNotFound());
    }

    @Test
    @WithMockUser("bob")
    void showsTheHistoryNewestFirstWithSnapshots() throws Exception {
        ArticleRevision updated = revision(2, RevisionAction.UPDATED, "bob", "{\"key\":\"withdrawal-pending\"}");
        ArticleRevision created = revision(1, RevisionAction.CREATED, "alice", "{\"key\":\"withdrawal-pending\"}");
        when(knowledgeBase.revisions("withdrawal-pending")).thenReturn(List.of(updated, created));

        mvc.perform(get("/api/kb/articles/withdrawal-pending/revisions"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].version").value(2))
                .andExpect(jsonPath("$[0].action").value("UPDATED"))
                .andExpect(jsonPath("$[0].changedBy").value("bob"))
                .andExpect(jsonPath("$[0].snapshot.key").value("withdrawal-pending"))
                .andExpect(jsonPath("$[1].changedBy").value("alice"));
    }

    @Test
    void strangersAreTurnedAway() throws Exception {
        mvc.perform(get("/api/kb/articles")).andExpect(status().isUnauthorized());
        mvc.perform(post("/api/kb/articles").with(csrf()).contentType(MediaType.APPLICATION_JSON).content(BODY))
                .andExpect(status().isUnauthorized());
        verifyNoInteractions(knowledgeBase);
    }

    private static ArticleRevision revision(int version, RevisionAction action, String by, String snapshot) {
        ArticleRevision revision = Mockito.mock(ArticleRevision.class);
        when(revision.getArticleKey()).thenReturn("withdrawal-pending");
        when(revision.getVersion()).thenReturn(version);
        when(revision.getAction()).thenReturn(action);
        when(revision.getChangedBy()).thenReturn(by);
        when(revision.getChangedAt()).thenReturn(AT);
        when(revision.getSnapshot()).thenReturn(snapshot);
        return revision;
    }
}
