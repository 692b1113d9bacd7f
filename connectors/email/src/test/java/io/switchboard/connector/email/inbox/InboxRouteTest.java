package io.switchboard.connector.email.inbox;

import static io.switchboard.connector.email.inbox.TestMails.folder;
import static io.switchboard.connector.email.inbox.TestMails.mail;
import static io.switchboard.connector.email.inbox.TestMails.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.switchboard.connector.email.inbox.TestMails.Seen;
import io.switchboard.core.channel.Channel;
import io.switchboard.core.inbound.InboundMessage;
import io.switchboard.core.inbound.Screening;
import io.switchboard.testing.RecordingInboundPort;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import io.switchboard.core.gateway.OutboundMessage;
import io.switchboard.core.gateway.TextFormat;
import io.switchboard.core.inbound.InboundKind;
import io.switchboard.core.outbox.OutboxEntry;
import io.switchboard.core.outbox.OutboxRepository;
import io.switchboard.core.outbox.OutboxStatus;
import java.time.Instant;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;

/** The route {@code email-inbox} in the application, reading a real IMAP mailbox (GreenMail). */
class InboxRouteTest extends InboxSpringTestSupport {

    private static final Duration PATIENCE = Duration.ofSeconds(15);

    @Autowired
    private RecordingInboundPort port;

    @Autowired
    private InboxHealth emailHealthIndicator;

    @Autowired
    private OutboxRepository outbox;

    @Test
    void aBounceReadOverImapMarksTheReplyItReturnsFailed() {
        OutboxEntry reply = new OutboxEntry("imap-bounce-reply", new OutboundMessage(Channel.EMAIL,
                "gone.user@example.org", "mail:gone-question@example.org", "gone-question@example.org",
                "Your withdrawal is on its way.", TextFormat.PLAIN), null, Instant.parse("2026-12-07T09:29:59Z"));
        reply.markSent("a1b2c3d4e5f60718293a4b5c6d7e8f90.t-123@novaex.com", Instant.parse("2026-12-07T09:30:00Z"));
        long id = outbox.save(reply).getId();

        MAIL.deliver(SUPPORT, resource("bounce-dsn.eml"));

        InboundMessage signal = awaitStored("20261207093005.4F2A1@mx.novaex.com");
        assertThat(signal.kind()).isEqualTo(InboundKind.SIGNAL);
        assertThat(signal.conversationKey()).isEqualTo("mail:gone-question@example.org");
        OutboxEntry failed = outbox.findById(id).orElseThrow();
        assertThat(failed.getStatus()).isEqualTo(OutboxStatus.FAILED);
        assertThat(failed.getLastError()).startsWith("bounced: ").contains("550 5.1.1");
    }

    @Test
    void aPlainMailBecomesOneStoredMessageOfItsSender() throws Exception {
        MAIL.deliver(SUPPORT, mail("plain-1@mail.example", "Anna Li <Anna.Li@Mail.Example>", SUPPORT,
                "Withdrawal stuck", "My withdrawal has been pending for two days."));

        InboundMessage stored = awaitStored("plain-1@mail.example");

        assertThat(stored.channel()).isEqualTo(Channel.EMAIL);
        assertThat(stored.messageId()).isEqualTo("plain-1@mail.example");
        assertThat(stored.conversationKey()).isEqualTo("mail:plain-1@mail.example");
        assertThat(stored.author().platformId()).isEqualTo("anna.li@mail.example");
        assertThat(stored.author().displayName()).isEqualTo("Anna Li");
        assertThat(stored.chat().chatId()).isEqualTo("anna.li@mail.example");
        assertThat(stored.chat().title()).isEqualTo("Withdrawal stuck");
        assertThat(stored.chat().type()).isEqualTo("email");
        assertThat(stored.text()).isEqualTo("My withdrawal has been pending for two days.");
        assertThat(stored.privateChat()).isTrue();
        assertThat(stored.addressesBot()).isTrue();
        assertThat(stored.screening()).isEqualTo(Screening.NONE);
        JsonNode raw = new ObjectMapper().readTree(stored.rawPayload());
        assertThat(raw.path("from").asText()).isEqualTo("anna.li@mail.example");
        assertThat(raw.path("subject").asText()).isEqualTo("Withdrawal stuck");
        assertThat(raw.path("text").asText()).contains("pending for two days");
    }

    @Test
    void storedMailIsMarkedSeenAndMovedToTheProcessedFolder() throws Exception {
        MAIL.deliver(SUPPORT, mail("moved-1@mail.example", "bo@mail.example", SUPPORT, "KYC", "Is my KYC done?"));

        awaitStored("moved-1@mail.example");

        await().atMost(PATIENCE).untilAsserted(() -> {
            assertThat(folder(MAIL, SUPPORT, PROCESSED)).contains(new Seen("moved-1@mail.example", true, false));
            assertThat(folder(MAIL, SUPPORT, "INBOX")).extracting(Seen::messageId)
                    .doesNotContain("moved-1@mail.example");
        });
    }

    @Test
    void aSecondCopyOfTheSameMailStoresNothingTwice() throws Exception {
        byte[] mail = mail("twice-1@mail.example", "cy@mail.example", SUPPORT, "Fees", "Why was I charged twice?");
        MAIL.deliver(SUPPORT, mail);
        awaitStored("twice-1@mail.example");

        MAIL.deliver(SUPPORT, mail);

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(folder(MAIL, SUPPORT, PROCESSED))
                .filteredOn(seen -> "twice-1@mail.example".equals(seen.messageId())).hasSize(2));
        assertThat(port.stored()).filteredOn(m -> m.eventId().equals("twice-1@mail.example")).hasSize(1);
    }

    @Test
    void aMailWhoseStoringFailedStaysUnseenAndIsStoredAtTheNextPoll() throws Exception {
        port.failOnceOn("fail-once-1@mail.example");

        MAIL.deliver(SUPPORT, mail("fail-once-1@mail.example", "di@mail.example", SUPPORT, "Login",
                "I cannot log in."));

        awaitStored("fail-once-1@mail.example");
        assertThat(port.stored()).filteredOn(m -> m.eventId().equals("fail-once-1@mail.example")).hasSize(1);
        assertThat(emailHealthIndicator.health().getDetails().get("lastIntakeError").toString())
                .contains("database unavailable");
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(folder(MAIL, SUPPORT, PROCESSED))
                .contains(new Seen("fail-once-1@mail.example", true, false)));
    }

    @Test
    void aMailLargerThanTheLimitIsFlaggedInsteadOfStoredAndNotReadAgain() throws Exception {
        String big = "x".repeat(1024 * 1024 + 10);

        MAIL.deliver(SUPPORT, mail("too-big-1@mail.example", "ed@mail.example", SUPPORT, "Big", big));
        MAIL.deliver(SUPPORT, mail("after-big-1@mail.example", "ed@mail.example", SUPPORT, "Small", "A question."));

        awaitStored("after-big-1@mail.example");
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(folder(MAIL, SUPPORT, PROCESSED))
                .contains(new Seen("too-big-1@mail.example", true, true)));
        assertThat(port.handedIn()).extracting(InboundMessage::eventId).doesNotContain("too-big-1@mail.example");
    }

    @Test
    void gbkAndBig5MailArriveAsTheRightChineseText() {
        MAIL.deliver(SUPPORT, resource("gb2312-labelled-gbk.eml"));
        MAIL.deliver(SUPPORT, resource("big5.eml"));

        InboundMessage gbk = awaitStored("CAB7x1=mail-50497@mail.example.com");
        InboundMessage big5 = awaitStored("CAB7x1=mail-25687@mail.example.com");

        assertThat(gbk.text()).isEqualTo("您好，我是张喆，我的账户被冻结了，请帮忙解冻。");
        assertThat(gbk.chat().title()).isEqualTo("账户被冻结 张喆");
        assertThat(gbk.author().displayName()).isEqualTo("张喆");
        assertThat(big5.text()).isEqualTo("我嘅帳戶被鎖咗，唔該幫手。");
        assertThat(big5.chat().title()).isEqualTo("提幣問題");
    }

    @Test
    void aGmailReplyIsStoredAsItsNewLinesWhileTheRawPayloadKeepsTheQuote() throws Exception {
        MAIL.deliver(SUPPORT, resource("reply-gmail.eml"));

        InboundMessage reply = awaitStored("reply-1@mail.example.com");

        assertThat(reply.text()).isEqualTo("It arrived now, thank you!");
        assertThat(new ObjectMapper().readTree(reply.rawPayload()).path("text").asText())
                .contains("It arrived now", "> Your withdrawal W-8812 was approved");
    }

    @Test
    void anHtmlOnlyMailIsStoredAsTextAndKeepsItsHtml() throws Exception {
        MAIL.deliver(SUPPORT, resource("html-only.eml"));

        InboundMessage html = awaitStored("CAB7x1=mail-44957@mail.example.com");

        assertThat(html.text()).contains("I cannot log in since yesterday.", "- resetting my password")
                .doesNotContain("<p>", "alert");
        assertThat(new ObjectMapper().readTree(html.rawPayload()).path("html").asText()).contains("<");
    }

    @Test
    void healthIsUpAfterAPollAndNeverShowsThePassword() {
        await().atMost(PATIENCE).until(() -> emailHealthIndicator.health().getStatus().equals(Status.UP));

        Health health = emailHealthIndicator.health();

        assertThat(health.getDetails().get("mailbox").toString()).contains(SUPPORT, "INBOX");
        assertThat(health.getDetails().get("newMail").toString()).startsWith("IMAP IDLE");
        assertThat(health.toString()).doesNotContain(PASSWORD);
    }

    private InboundMessage awaitStored(String eventId) {
        await().atMost(PATIENCE).until(() -> port.stored().stream().anyMatch(m -> m.eventId().equals(eventId)));
        List<InboundMessage> stored = port.stored().stream().filter(m -> m.eventId().equals(eventId)).toList();
        assertThat(stored).hasSize(1);
        return stored.get(0);
    }
}
