package io.switchboard.admin.thread;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.stringContainsInOrder;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.switchboard.admin.support.FakeAnswerEngine;
import io.switchboard.admin.support.FakeFacebookGateway;
import io.switchboard.admin.support.StaffApiTest;
import io.switchboard.admin.support.TestData;
import io.switchboard.core.channel.Channel;
import io.switchboard.core.gateway.DeliveryException;
import io.switchboard.core.gateway.ModerationAction;
import io.switchboard.core.gateway.OutboundMessage;
import io.switchboard.core.gateway.TextFormat;
import io.switchboard.core.guard.GuardAction;
import io.switchboard.core.guard.GuardDecision;
import io.switchboard.core.guard.GuardDecisionRepository;
import io.switchboard.core.guard.GuardOutcome;
import io.switchboard.core.guard.GuardSubject;
import io.switchboard.core.guard.Severity;
import io.switchboard.core.knowledge.ArticleContent;
import io.switchboard.core.knowledge.ArticleText;
import io.switchboard.core.knowledge.KnowledgeBase;
import io.switchboard.core.member.Member;
import io.switchboard.core.outbox.OutboxEntry;
import io.switchboard.core.reply.StaffReplies;
import io.switchboard.core.thread.Direction;
import io.switchboard.core.thread.SupportThread;
import io.switchboard.core.thread.ThreadMessage;
import io.switchboard.core.thread.ThreadMessageRepository;
import io.switchboard.core.thread.ThreadStatus;
import io.switchboard.core.ticket.Ticket;
import io.switchboard.core.ticket.TicketRepository;
import io.switchboard.core.ticket.TicketStatus;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.HtmlUtils;

/** The console's inbox filters and the thread page: what an agent sees, and what their forms do. */
@StaffApiTest
class ThreadPagesTest {

    private static final String AGENT = "pages-agent";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    TicketRepository tickets;

    @Autowired
    ThreadMessageRepository messages;

    @Autowired
    KnowledgeBase knowledgeBase;

    @Autowired
    FakeFacebookGateway facebook;

    @Autowired
    GuardDecisionRepository guardDecisions;

    @MockitoBean
    StaffReplies replies;

    private SupportThread alice;
    private SupportThread bob;

    @BeforeEach
    void threads() {
        data.reset();
        facebook.reset();
        article("withdrawal-delays", "Withdrawal delays", "Withdrawals from {exchange} usually arrive within 30 minutes.",
                "提现延迟", "{exchange} 的提现通常在 30 分钟内到账。");
        article("network-fees", "Network fees", "Each network charges its own fee.", "网络手续费", "每个网络收取自己的手续费。");
        Member aliceMember = data.member(Channel.FACEBOOK, "9001", "Alice Chen", "alice_c", true);
        Member bobMember = data.member(Channel.TELEGRAM, "9002", "Bob Wang", "bobw", false);
        alice = data.thread(aliceMember, "post:111_222", "en", ThreadStatus.ESCALATED, TestData.T0,
                TestData.T0.plusSeconds(600));
        bob = data.thread(bobMember, "-100200300", "zh", ThreadStatus.OPEN, TestData.T0, TestData.T0.plusSeconds(60));
        data.message(alice, Direction.IN, "111_222_333", "My withdrawal has been pending for 2 hours", null,
                TestData.T0);
        data.message(bob, Direction.IN, "-100200300:7", "100% sure the app is broken", null, TestData.T0);
        Ticket ticket = data.ticket(alice, "Withdrawal pending", TicketStatus.OPEN, TestData.T0);
        ticket.assignTo(AGENT, TestData.T0.plusSeconds(120));
        tickets.save(ticket);
    }

    @Test
    void theInboxFiltersByLanguageTicketAndAssigneeNewestFirstAndLinksEachThread() throws Exception {
        inbox().andExpect(content().string(stringContainsInOrder("Alice Chen", "Bob Wang")))
                .andExpect(content().string(containsString("href=\"/console/threads/" + alice.getId() + "\"")));
        inbox("language", "zh").andExpect(content().string(containsString("Bob Wang")))
                .andExpect(content().string(not(containsString("Alice Chen"))))
                .andExpect(content().string(containsString("<option value=\"zh\" selected=\"selected\">Chinese</option>")))
                .andExpect(content().string(containsString("<option value=\"FACEBOOK\">Facebook</option>")));
        inbox("ticket", "true").andExpect(content().string(containsString("Alice Chen")))
                .andExpect(content().string(not(containsString("Bob Wang"))));
        inbox("ticket", "false").andExpect(content().string(containsString("Bob Wang")))
                .andExpect(content().string(not(containsString("Alice Chen"))));
        inbox("mine", "true").andExpect(content().string(containsString("Alice Chen")))
                .andExpect(content().string(not(containsString("Bob Wang"))));
        mvc.perform(get("/console/inbox").param("mine", "true").with(user("another-agent").roles("AGENT")))
                .andExpect(content().string(not(containsString("Alice Chen"))))
                .andExpect(content().string(containsString("Nothing here.")));
    }

    @Test
    void theInboxSearchesNamesHandlesAndMessagesIgnoringCase() throws Exception {
        inbox("q", "WITHDRAWAL HAS").andExpect(content().string(containsString("Alice Chen")))
                .andExpect(content().string(not(containsString("Bob Wang"))));
        inbox("q", "BOBW").andExpect(content().string(containsString("Bob Wang")))
                .andExpect(content().string(not(containsString("Alice Chen"))));
        inbox("q", "wang").andExpect(content().string(containsString("Bob Wang")));
        // A percent sign is searched for, not a wildcard that matches everything.
        inbox("q", "100%").andExpect(content().string(containsString("Bob Wang")))
                .andExpect(content().string(not(containsString("Alice Chen"))));
        inbox("q", "%").andExpect(content().string(not(containsString("Alice Chen"))));
        inbox("q", "nobody-writes-this").andExpect(content().string(containsString("Nothing here.")));
    }

    @Test
    void theThreadPageShowsTheConversationWithItsContextTicketsAndSuggestions() throws Exception {
        mvc.perform(get("/console/threads/{id}", alice.getId()).with(agent()).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("My withdrawal has been pending for 2 hours")))
                .andExpect(content().string(containsString("VIP")))
                .andExpect(content().string(containsString("Exchange Community")))
                .andExpect(content().string(containsString("href=\"https://www.facebook.com/111_222\"")))
                .andExpect(content().string(containsString("https://www.facebook.com/111_222?comment_id=333")))
                .andExpect(content().string(containsString("href=\"/console/tickets/" + tickets.findAll().get(0).getNumber() + "\"")))
                .andExpect(content().string(stringContainsInOrder("Withdrawal pending", ">Open<", AGENT)))
                .andExpect(content().string(stringContainsInOrder("Suggested answers",
                        "class=\"badge ok\"", "91% · sure", "Withdrawal delays",
                        "class=\"badge warn\"", "42% · maybe", "Network fees")))
                .andExpect(content().string(containsString("data-insert=\"Withdrawals from NovaEx usually arrive")))
                .andExpect(content().string(stringContainsInOrder(">Hide<", ">Delete<")));
    }

    @Test
    void anAttachmentsKindIsWordedInTheReadersLanguage() throws Exception {
        data.message(bob, Direction.IN, "-100200300:8", "see attached", """
                [{"kind":"photo","fileId":"AgADphoto"},
                 {"kind":"DOCUMENT","fileId":"https://files.example/statement.pdf","mimeType":"application/pdf"},
                 {"kind":"hologram","fileId":"AgADother"}]""", TestData.T0.plusSeconds(30));
        mvc.perform(get("/console/threads/{id}", bob.getId()).with(agent()).header(HttpHeaders.ACCEPT_LANGUAGE, "zh"))
                .andExpect(content().string(stringContainsInOrder("附件：图片", "附件：文件",
                        // a kind no platform sent before is shown as the platform named it
                        "附件：hologram")))
                .andExpect(content().string(not(containsString("DOCUMENT"))))
                .andExpect(content().string(not(containsString(": photo"))));
        mvc.perform(get("/console/threads/{id}", bob.getId()).with(agent()).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(content().string(stringContainsInOrder("Attachment: Photo", "Attachment: Document")));
    }

    @Test
    void theThreadPageShowsEveryTimeInTheConsoleZoneWithItsName() throws Exception {
        ThreadMessage sent = data.message(alice, Direction.OUT, null, "We are on it.", null, TestData.T0.plusSeconds(30));
        OutboxEntry delivered = outbox(sent);
        delivered.markSent("fb-1", TestData.T0.plusSeconds(31));
        data.save(delivered);

        mvc.perform(get("/console/threads/{id}", alice.getId()).with(agent()))
                .andExpect(content().string(containsString(
                        "<time datetime=\"2025-03-01T10:00:00Z\">2025-03-01 10:00 UTC</time>")))
                .andExpect(content().string(containsString(">2025-03-01 10:00:31 UTC</time>")));
    }

    @Test
    void pagingThroughAFilteredInboxKeepsTheFilter() throws Exception {
        Member carol = data.member(Channel.TELEGRAM, "9003", "Carol Wu", "carolw", false);
        data.thread(carol, "-100200301", ThreadStatus.OPEN, TestData.T0, TestData.T0.plusSeconds(30));

        // Unfiltered, the second page would be Bob's (Alice's thread is the most recent of the three).
        String first = inbox("channel", "TELEGRAM", "size", "1")
                .andExpect(content().string(containsString("Bob Wang")))
                .andExpect(content().string(containsString("Page 1 of 2")))
                .andReturn().getResponse().getContentAsString();
        String next = link(first, "Next");
        assertThat(next).isEqualTo("/console/inbox?channel=TELEGRAM&size=1&page=1");

        String second = mvc.perform(get(URI.create(next)).with(agent()).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(content().string(containsString("Carol Wu")))
                .andExpect(content().string(not(containsString("Bob Wang"))))
                .andExpect(content().string(not(containsString("Alice Chen"))))
                .andExpect(content().string(containsString("Page 2 of 2")))
                .andReturn().getResponse().getContentAsString();
        assertThat(link(second, "Previous")).isEqualTo("/console/inbox?channel=TELEGRAM&size=1&page=0");
        assertThat(second).doesNotContain(">Next</a>");
    }

    /** Where the page's link with this text leads, as the browser would follow it. */
    private static String link(String page, String text) {
        Matcher link = Pattern.compile("<a href=\"([^\"]*)\">" + text + "</a>").matcher(page);
        assertThat(link.find()).as("a link '%s'", text).isTrue();
        return HtmlUtils.htmlUnescape(link.group(1));
    }

    @Test
    void eachReplyShowsHowItsDeliveryWent() throws Exception {
        ThreadMessage sent = data.message(alice, Direction.OUT, null, "We are on it.", null, TestData.T0.plusSeconds(30));
        ThreadMessage failed = data.message(alice, Direction.OUT, null, "Are you there?", null, TestData.T0.plusSeconds(40));
        ThreadMessage waiting = data.message(alice, Direction.OUT, null, "One more thing", null, TestData.T0.plusSeconds(50));
        OutboxEntry delivered = outbox(sent);
        delivered.markSent("fb-1", TestData.T0.plusSeconds(31));
        data.save(delivered);
        OutboxEntry refused = outbox(failed);
        refused.markFailed("Facebook refused: (#10) outside the allowed window");
        data.save(refused);
        data.save(outbox(waiting));
        ThreadMessage late = data.message(alice, Direction.OUT, null, "Withdrawals are open again.", null,
                TestData.T0.plusSeconds(60));
        OutboxEntry stale = outbox(late);
        stale.expire("not sent: PT2H10M old, over the facebook limit of PT2H");
        data.save(stale);

        mvc.perform(get("/console/threads/{id}", alice.getId()).with(agent()).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(content().string(stringContainsInOrder("We are on it.", "Delivered",
                        "Are you there?", "Failed", "(#10) outside the allowed window",
                        "One more thing", "Waiting to be sent",
                        "Withdrawals are open again.", "Too old to send",
                        "Not sent: 130 minutes old, over the Facebook limit of 120 minutes; handed to staff.")))
                .andExpect(content().string(containsString("data-live=\"5\"")));
        mvc.perform(get("/console/threads/{id}", alice.getId()).with(agent()).header(HttpHeaders.ACCEPT_LANGUAGE, "zh"))
                .andExpect(content().string(stringContainsInOrder("已送达", "发送失败", "等待发送", "过旧未发送",
                        "未发送：已过 130 分钟，超过Facebook的 120 分钟时限，已转人工。")));
    }

    @Test
    void aCannedReplyIsFoundInTheThreadsLanguageAndPutInTheReplyBox() throws Exception {
        // Bob's message matches no article, so the only articles on his page are the search's.
        mvc.perform(get("/console/threads/{id}", bob.getId()).param("kb", "NETWORK").with(agent()))
                .andExpect(content().string(containsString("data-article=\"network-fees\"")))
                .andExpect(content().string(containsString("每个网络收取自己的手续费。")))
                .andExpect(content().string(not(containsString("data-article=\"withdrawal-delays\""))));
        mvc.perform(get("/console/threads/{id}", alice.getId()).param("canned", "withdrawal-delays").with(agent()))
                .andExpect(content().string(containsString(
                        ">Withdrawals from NovaEx usually arrive within 30 minutes.</textarea>")));
        // Bob's thread is in Chinese: the same article in Chinese.
        mvc.perform(get("/console/threads/{id}", bob.getId()).param("canned", "withdrawal-delays").with(agent()))
                .andExpect(content().string(containsString(">NovaEx 的提现通常在 30 分钟内到账。</textarea>")));
    }

    @Test
    void aReplyIsQueuedUnderTheSignedInAgentsNameAndThePageSaysSo() throws Exception {
        given(replies.reply(alice.getId(), AGENT, "We fixed it.\nThanks for waiting.")).willReturn(77L);

        // A browser sends a text box's line breaks as CR LF; the member gets plain ones.
        mvc.perform(post("/console/threads/{id}/replies", alice.getId()).param("text", "  We fixed it.\r\nThanks for waiting.\r\n")
                        .with(agent()).with(csrf()).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(redirectedUrl("/console/threads/" + alice.getId()))
                .andExpect(flash().attribute("notice", "Reply queued: the conversation shows when it is delivered."));
        verify(replies).reply(alice.getId(), AGENT, "We fixed it.\nThanks for waiting.");
    }

    @Test
    void aMessengerReplyMayHoldOnlyWhatMessengerTakesAndTheBoxSaysSo() throws Exception {
        Member carol = data.member(Channel.FACEBOOK, "9003", "Carol Li", null, false);
        SupportThread messenger = data.thread(carol, "messenger:7001", "en", ThreadStatus.ESCALATED, TestData.T0,
                TestData.T0.plusSeconds(60));
        String tooLong = "x".repeat(FakeFacebookGateway.MESSENGER_TEXT_LIMIT + 1);

        mvc.perform(get("/console/threads/{id}", messenger.getId()).with(agent()).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(content().string(containsString("at most 2000 characters")));
        mvc.perform(post("/console/threads/{id}/replies", messenger.getId()).param("text", tooLong)
                        .with(agent()).with(csrf()).header(HttpHeaders.ACCEPT_LANGUAGE, "zh"))
                .andExpect(flash().attribute("error", "回复太长：最多 2000 个字符，当前 2001 个。"));
        mvc.perform(post("/api/threads/{id}/replies", messenger.getId()).with(agent()).with(csrf())
                        .contentType("application/json").content("{\"text\": \"" + tooLong + "\"}"))
                .andExpect(status().isBadRequest());
        verifyNoInteractions(replies);
    }

    @Test
    void anEmptyOrTooLongReplyIsRefusedAndKeptInTheBox() throws Exception {
        mvc.perform(post("/console/threads/{id}/replies", alice.getId()).param("text", "   ")
                        .with(agent()).with(csrf()).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(redirectedUrl("/console/threads/" + alice.getId()))
                .andExpect(flash().attribute("error", "The reply is empty: write something first."));
        String tooLong = "x".repeat(ReplyText.MAX_LENGTH + 1);
        mvc.perform(post("/console/threads/{id}/replies", alice.getId()).param("text", tooLong)
                        .with(agent()).with(csrf()).header(HttpHeaders.ACCEPT_LANGUAGE, "zh"))
                .andExpect(flash().attribute("error", "回复太长：最多 4000 个字符，当前 4001 个。"))
                .andExpect(flash().attribute("draft", tooLong));
        verifyNoInteractions(replies);

        mvc.perform(get("/console/threads/{id}", alice.getId()).with(agent())
                        .flashAttr("error", "The reply is empty: write something first.").flashAttr("draft", "kept text"))
                .andExpect(content().string(containsString("role=\"alert\">The reply is empty: write something first.")))
                .andExpect(content().string(containsString(">kept text</textarea>")));
    }

    @Test
    void aReplyOnAChannelWhoseConnectorIsOffIsRefused() throws Exception {
        mvc.perform(post("/console/threads/{id}/replies", bob.getId()).param("text", "hello")
                        .with(agent()).with(csrf()).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(flash().attribute("error",
                        "The Telegram connector is off, so the reply cannot go out. Nothing was sent."));
        verifyNoInteractions(replies);
        mvc.perform(get("/console/threads/{id}", bob.getId()).with(agent()).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(content().string(containsString("replies cannot go out until it is configured")))
                .andExpect(content().string(not(containsString(">Hide<"))));
    }

    @Test
    void formsNeedTheirTokenAndUnknownThreadsGetTheNotFoundPage() throws Exception {
        mvc.perform(post("/console/threads/{id}/replies", alice.getId()).param("text", "hello").with(agent()))
                .andExpect(status().isForbidden());
        verifyNoInteractions(replies);
        mvc.perform(get("/console/threads/999999").with(agent()).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Not found")));
        mvc.perform(post("/console/threads/999999/replies").param("text", "hello").with(agent()).with(csrf()))
                .andExpect(status().isNotFound());
        verifyNoInteractions(replies);
    }

    @Test
    void moderatingAMessageGoesThroughThePlatformAndTheOutcomeIsShown() throws Exception {
        ThreadMessage comment = messages.findByThreadOrderByCreatedAtAscIdAsc(alice).get(0);

        mvc.perform(post("/console/threads/{t}/messages/{m}/moderation", alice.getId(), comment.getId())
                        .param("action", "hide").with(agent()).with(csrf()).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(redirectedUrl("/console/threads/" + alice.getId()))
                .andExpect(flash().attribute("notice", "The message is hidden on the platform."));
        assertThat(facebook.moderated()).containsExactly(
                new FakeFacebookGateway.Moderated(ModerationAction.HIDE, "post:111_222", "111_222_333"));
        mvc.perform(get("/console/threads/{id}", alice.getId()).with(agent()).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(content().string(containsString(">hidden<")))
                .andExpect(content().string(containsString(">Show again<")));

        facebook.failNext(DeliveryException.transientFailure("Graph API answered 500", null));
        mvc.perform(post("/console/threads/{t}/messages/{m}/moderation", alice.getId(), comment.getId())
                        .param("action", "delete").with(agent()).with(csrf()).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(flash().attribute("error", "The platform did not do it, nothing changed: Graph API answered 500"));
        assertThat(messages.findById(comment.getId()).orElseThrow().isRemoved()).isFalse();
    }

    @Test
    void aMessageTheScamGuardHidIsMarkedAndIsShownAgainOnlyByUndoingTheDecision() throws Exception {
        ThreadMessage comment = messages.findByThreadOrderByCreatedAtAscIdAsc(alice).get(0);
        comment.hide(true);
        messages.save(comment);
        long decisionId = guardHid(comment, "pages-test");
        try {
            mvc.perform(get("/console/threads/{id}", alice.getId()).with(agent()).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                    .andExpect(content().string(stringContainsInOrder(">hidden<", ">by the scam guard<", ">Delete<")))
                    .andExpect(content().string(not(containsString(">Show again<"))))
                    .andExpect(content().string(not(containsString("/console/guard#"))));
            mvc.perform(get("/console/threads/{id}", alice.getId()).with(user("pages-moderator").roles("MODERATOR"))
                            .header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN"))
                    .andExpect(content().string(containsString("/console/guard#decision-" + decisionId)))
                    .andExpect(content().string(containsString(">由防诈骗守卫撤下<")))
                    .andExpect(content().string(not(containsString(">取消隐藏<"))));
        } finally {
            guardDecisions.deleteById(decisionId);
        }
    }

    @Test
    void aPointlessActionSentDirectlyIsRefusedWithAWordedNoticeAndNothingIsSent() throws Exception {
        ThreadMessage comment = messages.findByThreadOrderByCreatedAtAscIdAsc(alice).get(0);
        mvc.perform(post("/console/threads/{t}/messages/{m}/moderation", alice.getId(), comment.getId())
                        .param("action", "unhide").with(agent()).with(csrf()).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(redirectedUrl("/console/threads/" + alice.getId()))
                .andExpect(flash().attribute("error", "This message is not hidden: there is nothing to show again."));

        comment.hide(true);
        messages.save(comment);
        mvc.perform(post("/console/threads/{t}/messages/{m}/moderation", alice.getId(), comment.getId())
                        .param("action", "hide").with(agent()).with(csrf()).header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN"))
                .andExpect(flash().attribute("error", "该消息已被隐藏，未执行任何操作。"));

        long decisionId = guardHid(comment, "pages-pointless");
        try {
            mvc.perform(post("/console/threads/{t}/messages/{m}/moderation", alice.getId(), comment.getId())
                            .param("action", "unhide").with(agent()).with(csrf()).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                    .andExpect(flash().attribute("error", "The scam guard hid this message: to show it again, undo its "
                            + "decision on the scam guard page (that also lifts what it did to the member)."));
        } finally {
            guardDecisions.deleteById(decisionId);
        }

        comment.hide(false);
        comment.markRemoved(TestData.T0);
        messages.save(comment);
        mvc.perform(post("/console/threads/{t}/messages/{m}/moderation", alice.getId(), comment.getId())
                        .param("action", "delete").with(agent()).with(csrf()).header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN"))
                .andExpect(flash().attribute("error", "该消息已被删除，无法再隐藏、显示或删除。"));
        mvc.perform(get("/console/threads/{id}", alice.getId()).with(agent()).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(content().string(not(containsString(">Delete<"))));

        assertThat(facebook.moderated()).isEmpty();
        assertThat(messages.findById(comment.getId()).orElseThrow().isRemoved()).isTrue();
    }

    /** The scam guard's decision that hid the comment (as the thread keeps it hidden); its id. */
    private long guardHid(ThreadMessage comment, String event) {
        GuardDecision decision = new GuardDecision("guard:facebook:" + event, Channel.FACEBOOK, "post:111_222",
                "post:111_222", comment.getExternalId(), "9001", "Alice Chen", "alice_c", GuardSubject.MESSAGE,
                comment.getText(), "link.lookalike", Severity.HIGH, "link.lookalike (high): a lookalike",
                GuardAction.DELETE, TestData.T0);
        decision.recordRemoval("HIDDEN");
        decision.recordOutcome(GuardOutcome.DONE, "message removed");
        return guardDecisions.save(decision).getId();
    }

    private org.springframework.test.web.servlet.ResultActions inbox(String... parameters) throws Exception {
        var request = get("/console/inbox").with(agent()).header(HttpHeaders.ACCEPT_LANGUAGE, "en");
        for (int i = 0; i < parameters.length; i += 2) {
            request.param(parameters[i], parameters[i + 1]);
        }
        return mvc.perform(request).andExpect(status().isOk());
    }

    private static RequestPostProcessor agent() {
        return user(AGENT).roles("AGENT");
    }

    private OutboxEntry outbox(ThreadMessage reply) {
        return new OutboxEntry("test:" + reply.getId(), new OutboundMessage(Channel.FACEBOOK, "post:111_222",
                "post:111_222", null, reply.getText(), TextFormat.PLAIN), reply.getId(), reply.getCreatedAt());
    }

    private void article(String key, String titleEn, String bodyEn, String titleZh, String bodyZh) {
        knowledgeBase.createIfNew(new ArticleContent(key, io.switchboard.core.ticket.TicketCategory.DEPOSIT_WITHDRAWAL,
                List.of(), Map.of("en", new ArticleText(titleEn, bodyEn, List.of()),
                        "zh", new ArticleText(titleZh, bodyZh, List.of()))), "test");
    }
}
