package io.switchboard.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.switchboard.core.answer.AnswerDecision;
import io.switchboard.core.answer.AnswerEngine;
import io.switchboard.core.answer.AnswerQuery;
import io.switchboard.core.channel.Channel;
import io.switchboard.core.inbound.InboundEventRepository;
import io.switchboard.core.thread.Direction;
import io.switchboard.core.thread.ThreadMessage;
import io.switchboard.core.thread.ThreadMessageRepository;
import io.switchboard.core.ticket.Ticket;
import io.switchboard.core.ticket.TicketRepository;
import io.switchboard.testing.facebook.FacebookWebhooks;
import io.switchboard.testing.facebook.FakeGraphServer;
import io.switchboard.testing.facebook.FakeGraphServer.Comment;
import io.switchboard.testing.facebook.FakeGraphServer.SentMessage;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole application with the Facebook connector: signed page webhooks in, replies out through
 * a fake Graph API. What a person commenting on the page or writing to it on Messenger sees.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
// Closed afterwards: a cached context would keep polling and delivering beside the next test class's.
@DirtiesContext
class FacebookFlowTest {

    private static final FakeGraphServer GRAPH = new FakeGraphServer();
    private static final AtomicLong IDS = new AtomicLong(6_000_000_000L);
    private static final String POST = FakeGraphServer.PAGE_ID + "_4000000004";

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        FlowTestSupport.database(registry, "facebook-flow");
        FlowTestSupport.facebook(registry, GRAPH);
    }

    @AfterAll
    static void stopGraph() throws Exception {
        GRAPH.close();
    }

    @LocalServerPort
    int port;

    @Autowired
    AnswerEngine engine;

    @Autowired
    InboundEventRepository events;

    @Autowired
    ThreadMessageRepository messages;

    @Autowired
    TicketRepository tickets;

    @Test
    void aKnowledgeBaseQuestionInACommentIsAnsweredUnderThatComment() throws Exception {
        String question = "How do I enable 2FA on my account?";
        AnswerDecision decision = engine.decide(new AnswerQuery(question, Channel.FACEBOOK, false, null));
        assertThat(decision.autoAnswer()).as("the default knowledge base answers this in public").isTrue();
        String comment = nextCommentId();

        assertThat(deliver(commentBy("2000000002", comment, question))).isEqualTo(200);

        Comment reply = awaitOne(() -> GRAPH.commentsUnder(comment));
        assertThat(reply.message()).isEqualTo(decision.answer());
    }

    @Test
    void anEditedCommentUpdatesTheStoredTextAndARemovedOneIsMarkedRemovedWithoutFurtherReplies() throws Exception {
        String comment = nextCommentId();
        Instant written = Instant.now().minusSeconds(120);
        assertThat(deliver(commentChange("add", "2000000005", comment, "How do I enable 2FA on my account?",
                written))).isEqualTo(200);
        awaitOne(() -> GRAPH.commentsUnder(comment));

        assertThat(deliver(commentChange("edited", "2000000005", comment, "How do I enable 2FA on my new phone?",
                written.plusSeconds(60)))).isEqualTo(200);
        await().atMost(Duration.ofSeconds(30)).until(() -> "How do I enable 2FA on my new phone?".equals(
                storedComment(comment).getText()));
        assertThat(storedComment(comment).getEditedAt()).isNotNull();

        assertThat(deliver(commentChange("remove", "2000000005", comment, null, written.plusSeconds(90))))
                .isEqualTo(200);
        await().atMost(Duration.ofSeconds(30)).until(() -> storedComment(comment).isRemoved());
        assertThat(GRAPH.commentsUnder(comment)).as("edits and removals are not questions").hasSize(1);
    }

    @Test
    void aServerErrorFromTheGraphApiIsRetriedAndTheCommentAnsweredOnce() throws Exception {
        GRAPH.scriptWrites(FakeGraphServer.serviceUnavailable());
        String comment = nextCommentId();

        assertThat(deliver(commentBy("2000000006", comment, "How do I enable 2FA on my account?"))).isEqualTo(200);

        awaitOne(() -> GRAPH.commentsUnder(comment));
    }

    @Test
    void aMessengerQuestionIsAnsweredWithTheSendApiAsAResponse() throws Exception {
        String question = "How do I enable 2FA on my account?";
        AnswerDecision decision = engine.decide(new AnswerQuery(question, Channel.FACEBOOK, true, null));
        assertThat(decision.autoAnswer()).isTrue();
        String psid = nextPsid();

        assertThat(deliver(FacebookWebhooks.messengerText(FakeGraphServer.PAGE_ID, psid, "m_" + psid, question,
                Instant.now()))).isEqualTo(200);

        SentMessage reply = awaitOne(() -> GRAPH.messagesTo(psid));
        assertThat(reply.messagingType()).isEqualTo("RESPONSE");
        assertThat(reply.text()).isEqualTo(decision.answer() + "\n\nDid this solve it?");
        assertThat(reply.quickReplies()).extracting(FakeGraphServer.QuickReply::title).containsExactly("✅ Yes", "❌ No");
    }

    @Test
    void tappingNoUnderAMessengerAnswerOpensATicket() throws Exception {
        String question = "How do I enable 2FA on my account?";
        String psid = nextPsid();
        deliver(FacebookWebhooks.messengerText(FakeGraphServer.PAGE_ID, psid, "m_" + psid, question, Instant.now()));
        FakeGraphServer.QuickReply no = awaitOne(() -> GRAPH.messagesTo(psid)).quickReplies().get(1);

        assertThat(deliver(FacebookWebhooks.messengerQuickReply(FakeGraphServer.PAGE_ID, psid, "m_" + psid + "_no",
                no.title(), no.payload(), Instant.now()))).isEqualTo(200);

        Ticket ticket = await().atMost(Duration.ofSeconds(30)).until(() -> tickets.findAll().stream()
                .filter(t -> t.getThread().getConversationKey().equals("messenger:" + psid))
                .findFirst().orElse(null), t -> t != null);
        assertThat(ticket.getReason()).isEqualTo("answer-rejected");
        assertThat(ticket.getSubject()).isEqualTo(question);
        await().atMost(Duration.ofSeconds(30)).until(() -> GRAPH.messagesTo(psid).size() == 2);
        assertThat(GRAPH.messagesTo(psid).get(1).text()).contains(ticket.getNumber());
    }

    @Test
    void aMessengerQuestionNoArticleComesCloseToBecomesATicketAndThePersonIsToldItsNumber() throws Exception {
        String question = "my avatar picture is gone after changing nickname";
        assertThat(engine.decide(new AnswerQuery(question, Channel.FACEBOOK, true, null)).autoAnswer()).isFalse();
        String psid = nextPsid();

        assertThat(deliver(FacebookWebhooks.messengerText(FakeGraphServer.PAGE_ID, psid, "m_" + psid, question,
                Instant.now()))).isEqualTo(200);

        SentMessage notice = awaitOne(() -> GRAPH.messagesTo(psid));
        List<Ticket> opened = tickets.findAll().stream()
                .filter(t -> t.getThread() != null && t.getThread().getConversationKey().equals("messenger:" + psid))
                .toList();
        assertThat(opened).singleElement().satisfies(ticket -> assertThat(notice.text()).contains(ticket.getNumber()));
        assertThat(notice.messagingType()).isEqualTo("RESPONSE");
    }

    @Test
    void aMessengerMessageDeliveredAfterTheTwentyFourHourWindowBecomesATicketAndNothingIsSent() throws Exception {
        String question = "How do I enable 2FA on my account?";
        String psid = nextPsid();
        Instant written = Instant.now().minus(Duration.ofHours(25));

        assertThat(deliver(FacebookWebhooks.messengerText(FakeGraphServer.PAGE_ID, psid, "m_" + psid, question,
                written))).isEqualTo(200);

        Ticket ticket = await().atMost(Duration.ofSeconds(30)).until(() -> tickets.findAll().stream()
                .filter(t -> t.getThread() != null && t.getThread().getConversationKey().equals("messenger:" + psid))
                .findFirst().orElse(null), t -> t != null);
        assertThat(ticket.getReason()).isEqualTo("reply-window-closed");
        await().during(Duration.ofMillis(800)).atMost(Duration.ofSeconds(3))
                .until(() -> GRAPH.messagesTo(psid).isEmpty());
    }

    @Test
    void aDeliveryWithABadSignatureIsRefusedAndNothingIsStoredOrSent() throws Exception {
        long stored = events.count();
        String comment = nextCommentId();
        byte[] body = commentBy("2000000003", comment, "How do I enable 2FA on my account?");

        int status = deliver(body, FacebookWebhooks.signature(body, "not-the-app-secret"));

        assertThat(status).isEqualTo(401);
        assertThat(events.count()).isEqualTo(stored);
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2))
                .until(() -> GRAPH.commentsUnder(comment).isEmpty());
    }

    @Test
    void theSameDeliveryTwiceIsStoredOnceAndAnsweredOnce() throws Exception {
        String comment = nextCommentId();
        byte[] body = commentBy("2000000004", comment, "How do I enable 2FA on my account?");

        assertThat(deliver(body)).isEqualTo(200);
        assertThat(deliver(body)).isEqualTo(200);

        awaitOne(() -> GRAPH.commentsUnder(comment));
        assertThat(events.findAll()).filteredOn(e -> e.getEventId().equals("comment:" + comment + ":add")).hasSize(1);
        assertThat(messages.findFirstByChannelAndDirectionAndExternalId(Channel.FACEBOOK, Direction.IN, comment))
                .isPresent();
    }

    @Test
    void staffHideAnAbusiveCommentOnThePageThroughTheStaffApi() throws Exception {
        // abuse rather than a scam: the scam guard takes a scam down by itself, and hiding a hidden
        // comment again is refused (409) since the thread view follows the moderation queue's rule
        String comment = nextCommentId();
        assertThat(deliver(commentBy("2000000006", comment, "You people are clowns, worst exchange I have ever used")))
                .isEqualTo(200);
        await().atMost(Duration.ofSeconds(30)).until(() -> messages.findFirstByChannelAndDirectionAndExternalId(
                Channel.FACEBOOK, Direction.IN, comment).isPresent());
        ThreadMessage stored = storedComment(comment);

        HttpResponse<String> response = FlowTestSupport.postAsStaff(port, "/api/threads/" + stored.getThread().getId()
                + "/messages/" + stored.getId() + "/moderation", "{\"action\": \"hide\"}");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.body()).contains("\"hidden\":true");
        assertThat(GRAPH.moderations()).contains(new FakeGraphServer.Moderation(comment, "hide"));
        assertThat(storedComment(comment).isHidden()).isTrue();
    }

    private static byte[] commentBy(String personId, String commentId, String text) {
        return commentChange("add", personId, commentId, text, Instant.now());
    }

    private static byte[] commentChange(String verb, String personId, String commentId, String text, Instant at) {
        return FacebookWebhooks.comment(verb, FakeGraphServer.PAGE_ID, POST, commentId, personId, "Alice Trader", text,
                at);
    }

    private ThreadMessage storedComment(String commentId) {
        return messages.findFirstByChannelAndDirectionAndExternalId(Channel.FACEBOOK, Direction.IN, commentId)
                .orElseThrow(() -> new AssertionError("comment " + commentId + " was not stored"));
    }

    private static String nextCommentId() {
        return "4000000004_" + IDS.incrementAndGet();
    }

    private static String nextPsid() {
        return Long.toString(3_000_000_000L + IDS.incrementAndGet());
    }

    private int deliver(byte[] body) throws Exception {
        return deliver(body, FacebookWebhooks.signature(body, FakeGraphServer.APP_SECRET));
    }

    private int deliver(byte[] body, String signature) throws Exception {
        return FlowTestSupport.postWebhook(port, "/webhooks/facebook", "X-Hub-Signature-256", signature, body);
    }

    /** The one reply the page sends: it arrives, and nothing more follows for the same message. */
    private static <T> T awaitOne(Supplier<List<T>> sent) {
        await().atMost(Duration.ofSeconds(30)).until(() -> !sent.get().isEmpty());
        await().during(Duration.ofMillis(800)).atMost(Duration.ofSeconds(5)).until(() -> sent.get().size() == 1);
        return sent.get().get(0);
    }
}
