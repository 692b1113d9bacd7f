package io.switchboard.admin.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.switchboard.admin.support.StaffApiTest;
import io.switchboard.core.helpcenter.ArticleVotes;
import io.switchboard.core.knowledge.ArticleChanged;
import io.switchboard.core.knowledge.ArticleContent;
import io.switchboard.core.knowledge.ArticleRevision;
import io.switchboard.core.knowledge.ArticleStatus;
import io.switchboard.core.knowledge.ArticleText;
import io.switchboard.core.knowledge.KnowledgeBase;
import io.switchboard.core.knowledge.StoredArticle;
import io.switchboard.core.ticket.TicketCategory;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The console's knowledge-base editor: a draft is saved for staff only, publishing makes it live, every
 * save is a revision that can be read again, bad input is shown back with its errors and stores nothing,
 * and the preview renders Markdown through the one cleaner.
 */
@StaffApiTest
@RecordApplicationEvents
class ArticlePagesTest {

    private static final RequestPostProcessor MODERATOR = user("kb-moderator").roles("MODERATOR");
    private static final RequestPostProcessor AGENT = user("kb-agent").roles("AGENT");
    private static final RequestPostProcessor MEMBER = user("kb-member").roles("MEMBER");

    @Autowired
    MockMvc mvc;

    @Autowired
    KnowledgeBase knowledgeBase;

    @Autowired
    ArticleVotes votes;

    @Autowired
    ApplicationEvents events;

    /** The configured sections (application.yml configures other's), named in the reader's language. */
    @Test
    void theEditorSuggestsTheConfiguredSectionsWithTheirTitlesInTheReadersLanguage() throws Exception {
        mvc.perform(get("/console/knowledge/new").with(MODERATOR).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(content().string(allOf(
                        containsString("<option value=\"withdrawals\">Withdrawals · Deposit and withdrawal</option>"),
                        containsString("<option value=\"glossary\">Glossary · Other</option>"),
                        not(containsString("value=\"general\"")))));
        mvc.perform(get("/console/knowledge/new").with(MODERATOR).header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN"))
                .andExpect(content().string(allOf(containsString("<option value=\"futures\">合约交易 · 交易</option>"),
                        containsString("<option value=\"glossary\">术语表 · 其他</option>"))));
    }

    @Test
    void aDraftIsSavedForStaffOnlyAndPublishingMakesItLiveAsANewRevision() throws Exception {
        mvc.perform(get("/console/knowledge/new").with(MODERATOR).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Write an article"), containsString("name=\"_csrf\""),
                        containsString("Save draft"))));

        mvc.perform(article(post("/console/knowledge").with(MODERATOR), "margin-call", "DRAFT"))
                .andExpect(redirectedUrl("/console/knowledge/margin-call/edit?saved"));

        StoredArticle draft = knowledgeBase.article("margin-call").orElseThrow();
        assertThat(draft.content().status()).isEqualTo(ArticleStatus.DRAFT);
        assertThat(draft.content().section()).isEqualTo("futures");
        assertThat(draft.content().tags()).containsExactly("margin", "保证金");
        assertThat(draft.content().variants().get("zh")).isEqualTo(new ArticleText("什么是追加保证金？",
                "当保证金率**过低**时……", List.of("爆仓前的通知", "追保是什么")));
        assertThat(draft.updatedBy()).isEqualTo("kb-moderator");
        assertThat(changesOf("margin-call")).singleElement().satisfies(change -> assertThat(change.live()).isFalse());
        mvc.perform(get("/console/knowledge").param("status", "DRAFT").param("q", "MARGIN").with(MODERATOR)
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(content().string(allOf(containsString("什么是追加保证金？"),
                        containsString("What is a margin call?"), containsString(">Draft<"))));
        mvc.perform(get("/console/knowledge").param("status", "PUBLISHED").with(MODERATOR))
                .andExpect(content().string(not(containsString("什么是追加保证金？"))));

        mvc.perform(article(post("/console/knowledge/margin-call").with(MODERATOR), "ignored", "PUBLISHED",
                        "What is a margin call, exactly?"))
                .andExpect(redirectedUrl("/console/knowledge/margin-call/edit?published"));

        assertThat(knowledgeBase.article("margin-call").orElseThrow().content().published()).isTrue();
        assertThat(changesOf("margin-call")).last().satisfies(change -> {
            assertThat(change.live()).isTrue();
            assertThat(change.article().variants().get("en").title()).isEqualTo("What is a margin call, exactly?");
        });
        assertThat(knowledgeBase.revisions("margin-call")).extracting(ArticleRevision::getVersion).containsExactly(2, 1);
        mvc.perform(get("/console/knowledge/margin-call/edit").param("published", "").with(MODERATOR)
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(content().string(allOf(containsString("Published: the bot answers with it"),
                        containsString("Publish changes"), containsString("Unpublish (back to draft)"),
                        containsString("/console/knowledge/margin-call/revisions/1"), containsString("kb-moderator"))));
        mvc.perform(get("/console/knowledge/margin-call/revisions/1").with(MODERATOR).header(HttpHeaders.ACCEPT_LANGUAGE, "zh"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("margin-call，第 1 版"),
                        containsString("What is a margin call?"), containsString("<strong>过低</strong>"),
                        containsString("草稿"), not(containsString("exactly")))));
    }

    @Test
    void aHalfWrittenArticleIsShownBackWithItsErrorsNextToTheFieldsAndNothingIsStored() throws Exception {
        int before = knowledgeBase.articles().size();
        long changes = events.stream(ArticleChanged.class).count();

        mvc.perform(post("/console/knowledge").with(MODERATOR).with(csrf()).header(HttpHeaders.ACCEPT_LANGUAGE, "en")
                        .param("key", "Not A Slug").param("section", "Spot Trading")
                        .param("titleEn", "Half <b>written</b>").param("bodyEn", "")
                        .param("titleZh", "太长".repeat(200)).param("bodyZh", "正文")
                        .param("status", "PUBLISHED"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Please correct the fields marked below"),
                        containsString("Use lower-case letters and digits joined by dashes, at most 100 characters."),
                        containsString("at most 64 characters."), containsString("Choose a category."),
                        containsString("A language needs both a title and a text."),
                        containsString("At most 255 characters."), containsString("aria-invalid=\"true\""),
                        containsString("value=\"Half &lt;b&gt;written&lt;/b&gt;\""))));
        mvc.perform(post("/console/knowledge").with(MODERATOR).with(csrf()).param("lang", "zh")
                        .param("key", "nothing-written").param("category", "OTHER"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("请用中文、英文或两种语言撰写文章。")));

        assertThat(knowledgeBase.articles()).hasSize(before);
        assertThat(knowledgeBase.article("nothing-written")).isEmpty();
        assertThat(events.stream(ArticleChanged.class).count()).isEqualTo(changes);
    }

    @Test
    void aKeyThatExistsIsRefusedWithoutTouchingTheArticle() throws Exception {
        knowledgeBase.create(ratedArticle("taken-key"), "admin");

        mvc.perform(article(post("/console/knowledge").with(MODERATOR), "taken-key", "PUBLISHED")
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("An article with this key exists, or existed")));

        assertThat(knowledgeBase.article("taken-key").orElseThrow().version()).isEqualTo(1);
    }

    @Test
    void thePreviewRendersMarkdownThroughTheCleanerWithScriptsInert() throws Exception {
        String body = "{\"markdown\": \"### Steps\\n\\n1. **Open** [fees](https://example.com/fees)\\n\\n"
                + "<script>alert(1)</script> <img src=x onerror=alert(2)> [bad](javascript:alert(3))\"}";

        mvc.perform(post("/console/knowledge/preview").with(AGENT).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.html", allOf(containsString("<h3>Steps</h3>"),
                        containsString("<strong>Open</strong>"), containsString("href=\"https://example.com/fees\""),
                        not(containsString("<script")), not(containsString("onerror")),
                        not(containsString("href=\"javascript")))));
        mvc.perform(post("/console/knowledge/preview").with(AGENT)
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isForbidden());
    }

    @Test
    void membersAreRefusedAndStoreNothingWhileEveryStaffRoleMayEdit() throws Exception {
        mvc.perform(get("/console/knowledge").with(MEMBER)).andExpect(status().isForbidden());
        mvc.perform(article(post("/console/knowledge").with(MEMBER), "member-article", "PUBLISHED"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/console/knowledge/preview").with(MEMBER).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"markdown\": \"hi\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/console/knowledge")).andExpect(redirectedUrlPattern("**/console/login"));
        assertThat(knowledgeBase.article("member-article")).isEmpty();

        mvc.perform(get("/console/knowledge").with(AGENT).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/console/knowledge\"")));
        mvc.perform(article(post("/console/knowledge").with(AGENT), "agent-article", "DRAFT"))
                .andExpect(redirectedUrl("/console/knowledge/agent-article/edit?saved"));
    }

    @Test
    void theListShowsHowHelpfulReadersFoundEachArticle() throws Exception {
        knowledgeBase.create(ratedArticle("rated-article"), "admin");
        votes.vote("rated-article", "visitor-1", true);
        votes.vote("rated-article", "visitor-2", true);
        votes.vote("rated-article", "visitor-3", true);
        votes.vote("rated-article", "visitor-4", false);

        mvc.perform(get("/console/knowledge").with(MODERATOR).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(content().string(containsString("75% of 4 votes")));
        mvc.perform(get("/console/knowledge/rated-article/edit").with(MODERATOR).header(HttpHeaders.ACCEPT_LANGUAGE, "zh"))
                .andExpect(content().string(containsString("3 人认为有帮助，1 人认为没有（75% 有帮助）。")));
        mvc.perform(get("/console/knowledge/no-such-article/edit").with(MODERATOR)).andExpect(status().isNotFound());
    }

    private List<ArticleChanged> changesOf(String key) {
        return events.stream(ArticleChanged.class).filter(change -> change.key().equals(key)).toList();
    }

    /** The editor's form, filled in for a margin-call article in both languages. */
    private static MockHttpServletRequestBuilder article(MockHttpServletRequestBuilder request, String key,
            String status) {
        return article(request, key, status, "What is a margin call?");
    }

    private static MockHttpServletRequestBuilder article(MockHttpServletRequestBuilder request, String key,
            String status, String englishTitle) {
        return request.with(csrf()).param("key", key).param("category", "TRADING").param("section", "futures")
                .param("tags", "margin，保证金").param("titleZh", "什么是追加保证金？").param("bodyZh", "当保证金率**过低**时……")
                .param("phrasingsZh", "爆仓前的通知\n\n追保是什么\n").param("titleEn", englishTitle)
                .param("bodyEn", "When your margin ratio falls **too low**…").param("status", status);
    }

    private static ArticleContent ratedArticle(String key) {
        return new ArticleContent(key, TicketCategory.OTHER, List.of(), java.util.Map.of("en",
                new ArticleText("A rated article", "Its text.", List.of())));
    }
}
