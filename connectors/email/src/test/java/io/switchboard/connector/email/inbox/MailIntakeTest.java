package io.switchboard.connector.email.inbox;

import static io.switchboard.connector.email.inbox.TestMails.mail;
import static io.switchboard.connector.email.inbox.TestMails.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.switchboard.connector.email.reading.Bounce;
import io.switchboard.connector.email.reading.MachineMail;
import io.switchboard.connector.email.reading.MailAddress;
import io.switchboard.connector.email.reading.MailFile;
import io.switchboard.connector.email.reading.MailReader;
import io.switchboard.connector.email.reading.ReadMail;
import io.switchboard.core.attachment.Attachments;
import io.switchboard.core.channel.Channel;
import io.switchboard.core.gateway.OutboundMessage;
import io.switchboard.core.gateway.TextFormat;
import io.switchboard.core.inbound.InboundKind;
import io.switchboard.core.inbound.InboundMessage;
import io.switchboard.core.inbound.Screening;
import io.switchboard.core.outbox.OutboxEntry;
import io.switchboard.core.outbox.OutboxRepository;
import io.switchboard.core.outbox.OutboxStatus;
import io.switchboard.testing.RecordingInboundPort;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** What becomes of each kind of mail: the screening verdicts, files, bounces. */
class MailIntakeTest extends InboxSpringTestSupport {

    @Autowired
    private MailIntake intake;

    @Autowired
    private RecordingInboundPort port;

    @Autowired
    private OutboxRepository outbox;

    @Autowired
    private Attachments attachments;

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void anAutoReplyIsKeptButNeverAnswered() throws Exception {
        intake.take(parse(mail("ooo-1@mail.example", "fay@mail.example", SUPPORT, "Out of office",
                "I am away until Monday.", "Auto-Submitted: auto-replied")));

        assertThat(stored("ooo-1@mail.example").screening())
                .isEqualTo(Screening.noAnswer("auto-submitted: auto-replied"));
    }

    @Test
    void listAndBulkMailAreKeptButNeverAnsweredWithTheReadersReason() throws Exception {
        byte[] list = mail("list-2@lists.example", "news@lists.example", SUPPORT, "Weekly", "Bitcoin is up.",
                "List-Id: Weekly <weekly.lists.example>", "Precedence: list");
        byte[] bulk = mail("bulk-1@promo.example", "offers@promo.example", SUPPORT, "50% off", "Buy now.",
                "Precedence: bulk");

        intake.take(parse(list));
        intake.take(parse(bulk));

        assertThat(stored("list-2@lists.example").screening()).isEqualTo(Screening.noAnswer(readersReason(list)));
        assertThat(stored("bulk-1@promo.example").screening()).isEqualTo(Screening.noAnswer(readersReason(bulk)));
        assertThat(stored("bulk-1@promo.example").screening().reason()).containsIgnoringCase("bulk");
    }

    @Test
    void ourDomainFromOutsideWithDmarcFailingIsImpersonationAndWithDmarcPassingIsNot() throws Exception {
        intake.take(parse(mail("spoof-1@evil.example", "Security <security@exchange.example>", SUPPORT,
                "Verify your account", "Send us your 2FA code.",
                "Authentication-Results: mx.exchange.example; spf=fail smtp.mailfrom=evil.example; dmarc=fail"
                        + " header.from=exchange.example",
                "Authentication-Results: evil.example; dmarc=pass header.from=exchange.example")));
        intake.take(parse(mail("genuine-1@exchange.example", "Security <security@exchange.example>", SUPPORT,
                "Forwarded alert", "Please look at this alert.",
                "Authentication-Results: mx.exchange.example; spf=pass; dkim=pass header.d=exchange.example;"
                        + " dmarc=pass header.from=exchange.example")));

        Screening spoofed = stored("spoof-1@evil.example").screening();
        assertThat(spoofed.verdict()).isEqualTo(Screening.Verdict.IMPERSONATION);
        assertThat(spoofed.reason()).contains("exchange.example", "DMARC");
        assertThat(stored("genuine-1@exchange.example").screening()).isEqualTo(Screening.NONE);
    }

    @Test
    void theRawPayloadKeepsTheHeadersStaffAndRulesNeedButNotTheReceivedChain() throws Exception {
        intake.take(parse(mail("headers-1@mail.example", "ida@mail.example", SUPPORT, "Headers", "Hello.",
                "Received: from mx1.mail.example by mx.exchange.example; Mon, 2 Mar 2026 10:00:01 +0000",
                "Received: from laptop by mx1.mail.example; Mon, 2 Mar 2026 10:00:00 +0000",
                "DKIM-Signature: v=1; a=rsa-sha256; d=mail.example; b=abc",
                "X-Spam-Score: 0.1",
                "Return-Path: <ida@mail.example>",
                "Authentication-Results: mx.exchange.example; dmarc=pass",
                "Content-Language: zh-CN",
                "User-Agent: Thunderbird 128",
                "Cc: ida.boss@mail.example")));

        JsonNode headers = new ObjectMapper().readTree(stored("headers-1@mail.example").rawPayload()).path("headers");

        List<String> names = new ArrayList<>();
        headers.fieldNames().forEachRemaining(names::add);
        assertThat(names).containsExactlyInAnyOrder("message-id", "from", "to", "subject", "date", "return-path",
                "authentication-results", "content-language", "user-agent", "cc");
        assertThat(headers.path("content-language").get(0).asText()).isEqualTo("zh-CN");
    }

    @Test
    void whenStoringTheMailFailedItsFilesAreStoredOnceWhenItIsReadAgain() throws Exception {
        String sender = "files-again@mail.example";
        ReadMail mail = new ReadMail("files-again-1@mail.example", new MailAddress(sender, null), List.of(), "Proof",
                Instant.parse("2026-03-02T10:00:00Z"), null, List.of(), "My proof of deposit.",
                "My proof of deposit.", null, List.of(new MailFile("proof.png", "image/png", png(), false)), Map.of(),
                null);
        port.failOnceOn("files-again-1@mail.example");

        assertThatThrownBy(() -> intake.take(mail)).hasMessageContaining("database unavailable");
        intake.take(mail);

        InboundMessage stored = stored("files-again-1@mail.example");
        assertThat(stored.attachments()).singleElement().satisfies(file ->
                assertThat(attachments.content(Attachments.idOf(file.fileId()).orElseThrow())).isPresent());
        assertThat(jdbc.queryForObject("select count(*) from attachment where uploaded_by = ?", Integer.class, sender))
                .isEqualTo(1);
    }

    @Test
    void mailFromOurOwnAddressIsNeverAnswered() throws Exception {
        intake.take(parse(mail("own-1@exchange.example", "Support <" + SUPPORT.toUpperCase() + ">", SUPPORT,
                "Re: your question", "Looping back.")));

        assertThat(stored("own-1@exchange.example").screening().verdict()).isEqualTo(Screening.Verdict.NO_ANSWER);
        assertThat(stored("own-1@exchange.example").screening().reason()).isEqualTo("own-address: " + SUPPORT);
    }

    @Test
    void beyondTheHourlyLimitOfASenderNothingMoreIsAnswered() throws Exception {
        for (int i = 1; i <= MAX_PER_SENDER_PER_HOUR + 1; i++) {
            intake.take(parse(mail("flood-" + i + "@mail.example", "responder@mail.example", SUPPORT, "Hello",
                    "Message " + i)));
        }

        assertThat(stored("flood-" + MAX_PER_SENDER_PER_HOUR + "@mail.example").screening()).isEqualTo(Screening.NONE);
        assertThat(stored("flood-" + (MAX_PER_SENDER_PER_HOUR + 1) + "@mail.example").screening())
                .isEqualTo(Screening.noAnswer("too-many: " + MAX_PER_SENDER_PER_HOUR));
    }

    @Test
    void aMailWithoutMessageIdIsKeyedOnAHashOfSenderDateAndBodyTheSameAtEveryReading() throws Exception {
        byte[] raw = mail(null, "gus@mail.example", SUPPORT, "No id", "My client sets no Message-ID.");

        intake.take(parse(raw));
        intake.take(parse(raw));

        List<InboundMessage> mine = port.stored().stream()
                .filter(m -> m.author().platformId().equals("gus@mail.example")).toList();
        assertThat(mine).singleElement().satisfies(m -> {
            assertThat(m.eventId()).matches("sha256:[0-9a-f]{64}");
            assertThat(m.conversationKey()).isEqualTo("mail:" + m.eventId());
        });
    }

    @Test
    void filesAreStoredAndARefusedOneIsNamedInTheTextForStaff() throws Exception {
        byte[] png = png();
        ReadMail mail = new ReadMail("files-1@mail.example", new MailAddress("hal@mail.example", "Hal"), List.of(),
                "Screenshots", Instant.parse("2026-03-02T10:00:00Z"), null, List.of(), "See the screenshot.",
                "See the screenshot.", null, List.of(new MailFile("error.png", "image/png", png, false),
                        new MailFile("logo.png", "image/png", png, true),
                        new MailFile("tool.exe", "application/octet-stream", "MZ\u0090\u0000".getBytes(), false)),
                Map.of(), null);

        intake.take(mail);

        InboundMessage stored = stored("files-1@mail.example");
        assertThat(stored.attachments()).hasSize(2).allSatisfy(file -> {
            assertThat(file.kind()).isEqualTo("photo");
            assertThat(file.mimeType()).isEqualTo("image/png");
            assertThat(attachments.content(Attachments.idOf(file.fileId()).orElseThrow())).isPresent();
        });
        assertThat(stored.text()).startsWith("See the screenshot.")
                .contains("[attachment tool.exe not kept: 'tool.exe' is not a PNG, JPEG, WebP or PDF file]");
    }

    @Test
    void aBounceMarksOurReplyFailedAndIsStoredAsASignalInItsConversation() {
        OutboxEntry reply = new OutboxEntry("bounce-test-reply", new OutboundMessage(Channel.EMAIL, "ivy@mail.example",
                "mail:ivy-question@mail.example", "ivy-question@mail.example", "Try again please.", TextFormat.PLAIN),
                null, Instant.parse("2026-03-02T09:00:00Z"));
        reply.markSent("9a8b7c6d.bounce@exchange.example", Instant.parse("2026-03-02T09:00:01Z"));
        long id = outbox.save(reply).getId();

        intake.take(bounce("dsn-1@mx.mail.example", "9a8b7c6d.bounce@exchange.example"));

        OutboxEntry failed = outbox.findById(id).orElseThrow();
        assertThat(failed.getStatus()).isEqualTo(OutboxStatus.FAILED);
        assertThat(failed.getLastError()).isEqualTo("bounced: 550 5.1.1 <ivy@mail.example>: mailbox unavailable");
        InboundMessage signal = stored("dsn-1@mx.mail.example");
        assertThat(signal.kind()).isEqualTo(InboundKind.SIGNAL);
        assertThat(signal.conversationKey()).isEqualTo("mail:ivy-question@mail.example");
        assertThat(signal.screening().verdict()).isEqualTo(Screening.Verdict.NO_ANSWER);
    }

    @Test
    void aBounceOfAMailWeDidNotSendIsOnlyASignal() {
        intake.take(bounce("dsn-2@mx.mail.example", "not-ours@elsewhere.example"));

        InboundMessage signal = stored("dsn-2@mx.mail.example");
        assertThat(signal.kind()).isEqualTo(InboundKind.SIGNAL);
        assertThat(signal.conversationKey()).isEqualTo("mail:dsn-2@mx.mail.example");
        assertThat(outbox.findAll()).noneMatch(entry -> entry.getStatus() == OutboxStatus.FAILED
                && "not-ours@elsewhere.example".equals(entry.getPlatformMessageId()));
    }

    private static ReadMail bounce(String messageId, String bouncedId) {
        return new ReadMail(messageId, new MailAddress("MAILER-DAEMON@mx.mail.example", "Mail Delivery System"),
                List.of(), "Undelivered Mail Returned to Sender", Instant.parse("2026-03-02T09:05:00Z"), null,
                List.of(), "This is the mail system.", "This is the mail system.", null, List.of(),
                Map.of("auto-submitted", List.of("auto-replied")),
                new Bounce(bouncedId, "ivy@mail.example", "550 5.1.1 <ivy@mail.example>: mailbox unavailable"));
    }

    private static String readersReason(byte[] raw) {
        return MachineMail.noAnswerReason(new MailReader().read(parse(raw))).orElseThrow();
    }

    private InboundMessage stored(String eventId) {
        return port.stored().stream().filter(m -> m.eventId().equals(eventId)).findFirst().orElseThrow();
    }

    private static byte[] png() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB), "png", bytes);
        return bytes.toByteArray();
    }
}
