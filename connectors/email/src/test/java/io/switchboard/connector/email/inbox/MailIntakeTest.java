package io.switchboard.connector.email.inbox;

import static io.switchboard.connector.email.inbox.TestMails.mail;
import static io.switchboard.connector.email.inbox.TestMails.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.connector.email.reading.Bounce;
import io.switchboard.connector.email.reading.MailAddress;
import io.switchboard.connector.email.reading.MailFile;
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
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

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

    @Test
    void anAutoReplyIsKeptButNeverAnswered() throws Exception {
        intake.take(parse(mail("ooo-1@mail.example", "fay@mail.example", SUPPORT, "Out of office",
                "I am away until Monday.", "Auto-Submitted: auto-replied")));

        assertThat(stored("ooo-1@mail.example").screening())
                .isEqualTo(Screening.noAnswer("Auto-Submitted: auto-replied"));
    }

    @Test
    void mailFromOurOwnAddressIsNeverAnswered() throws Exception {
        intake.take(parse(mail("own-1@exchange.example", "Support <" + SUPPORT.toUpperCase() + ">", SUPPORT,
                "Re: your question", "Looping back.")));

        assertThat(stored("own-1@exchange.example").screening().verdict()).isEqualTo(Screening.Verdict.NO_ANSWER);
        assertThat(stored("own-1@exchange.example").screening().reason()).contains("our own address");
    }

    @Test
    void beyondTheHourlyLimitOfASenderNothingMoreIsAnswered() throws Exception {
        for (int i = 1; i <= MAX_PER_SENDER_PER_HOUR + 1; i++) {
            intake.take(parse(mail("flood-" + i + "@mail.example", "responder@mail.example", SUPPORT, "Hello",
                    "Message " + i)));
        }

        assertThat(stored("flood-" + MAX_PER_SENDER_PER_HOUR + "@mail.example").screening()).isEqualTo(Screening.NONE);
        assertThat(stored("flood-" + (MAX_PER_SENDER_PER_HOUR + 1) + "@mail.example").screening())
                .isEqualTo(Screening.noAnswer("more than " + MAX_PER_SENDER_PER_HOUR
                        + " messages from this address in an hour"));
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

    private InboundMessage stored(String eventId) {
        return port.stored().stream().filter(m -> m.eventId().equals(eventId)).findFirst().orElseThrow();
    }

    private static byte[] png() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB), "png", bytes);
        return bytes.toByteArray();
    }
}
