package io.switchboard.connector.email.sending;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.switchboard.connector.email.EmailProperties;
import io.switchboard.connector.email.SmtpContact;
import io.switchboard.core.account.AccountRole;
import io.switchboard.core.account.Accounts;
import io.switchboard.core.attachment.Attachments;
import io.switchboard.core.attachment.StoredAttachment;
import io.switchboard.core.attachment.UploadedFile;
import io.switchboard.core.channel.Channel;
import io.switchboard.core.gateway.DeliveryException;
import io.switchboard.core.gateway.DeliveryReceipt;
import io.switchboard.core.gateway.OutboundMessage;
import io.switchboard.core.gateway.Sender;
import io.switchboard.core.gateway.TextFormat;
import io.switchboard.core.inbound.Attachment;
import io.switchboard.core.member.Member;
import io.switchboard.core.member.MemberRepository;
import io.switchboard.core.thread.Direction;
import io.switchboard.core.thread.SupportThread;
import io.switchboard.core.thread.SupportThreadRepository;
import io.switchboard.core.thread.ThreadMessage;
import io.switchboard.core.thread.ThreadMessageRepository;
import io.switchboard.core.ticket.Ticket;
import io.switchboard.core.ticket.TicketCategory;
import io.switchboard.core.ticket.TicketPriority;
import io.switchboard.core.ticket.TicketRepository;
import io.switchboard.testing.mail.TestMailServer;
import jakarta.mail.Part;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Each kind of mail we send, as it arrives in the member's mailbox on a real SMTP server; and the server's refusals. */
@SpringBootTest(classes = EmailSendingSlice.class)
class EmailGatewayTest {

    private static final TestMailServer MAIL = TestMailServer.start();
    private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");

    @Autowired
    EmailGateway gateway;
    @Autowired
    SmtpContact smtpContact;
    @Autowired
    ReplyThreads threads;
    @Autowired
    MailComposer composer;
    @Autowired
    CamelContext camel;
    @Autowired
    ProducerTemplate producer;
    @Autowired
    MemberRepository members;
    @Autowired
    SupportThreadRepository supportThreads;
    @Autowired
    ThreadMessageRepository messages;
    @Autowired
    TicketRepository tickets;
    @Autowired
    Accounts accounts;
    @Autowired
    Attachments attachments;

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        EmailSendingSlice.register(registry, "email-gateway");
        registry.add("switchboard.email.smtp.port", MAIL::smtpPort);
    }

    @AfterAll
    static void stopMail() {
        MAIL.close();
    }

    @Test
    void anAgentsReplyIsThreadedSignedWithTheAgentsNameAndCarriesTheTicketInTheSubject() {
        accounts.createStaff("mei", "Mei Lin", AccountRole.AGENT, "{noop}not-used");
        SupportThread thread = thread("anna@member.example", "mail:first@member.example", "Re: 回复: Withdrawal stuck",
                "en");
        inbound(thread, "first@member.example", NOW);
        outbound(thread, "0a1b.mail-first-member-example@exchange.example", NOW.plusSeconds(60));
        inbound(thread, "second@member.example", NOW.plusSeconds(120));
        Ticket ticket = tickets.save(new Ticket(thread, "Withdrawal stuck", TicketCategory.DEPOSIT_WITHDRAWAL,
                TicketPriority.NORMAL, "unanswered", NOW));

        DeliveryReceipt receipt = gateway.send(message("anna@member.example", thread.getConversationKey(),
                "Your withdrawal was released.\nIt should arrive within the hour.", Sender.staff("mei"), "reply:1"));

        SentMail mail = only("anna@member.example");
        assertThat(mail.subject()).isEqualTo("Re: Withdrawal stuck [" + ticket.getNumber() + "]");
        assertThat(mail.header("From")).isEqualTo("Exchange Support <" + EmailSendingSlice.SUPPORT + ">");
        assertThat(mail.header("Reply-To")).isEqualTo(EmailSendingSlice.SUPPORT);
        assertThat(mail.header("In-Reply-To")).isEqualTo("<second@member.example>");
        assertThat(mail.header("References")).isEqualTo("<first@member.example>"
                + " <0a1b.mail-first-member-example@exchange.example> <second@member.example>");
        assertThat(mail.header("Auto-Submitted")).isNull();
        assertThat(mail.header("Content-Language")).isEqualTo("en");
        assertThat(mail.header("Date")).isNotNull();
        assertThat(receipt.messageId()).isEqualTo(MessageIds.bare(mail.header("Message-ID")))
                .doesNotContain("<", ">").endsWith("@exchange.example");
        assertThat(mail.contentType()).startsWith("multipart/alternative");
        assertThat(mail.plain()).contains("Your withdrawal was released.", "Mei Lin", "Support team",
                "Your ticket: " + ticket.getNumber()).doesNotContain("reply to this e-mail");
        assertThat(mail.html()).contains("Mei Lin", "Support team", "<br>", "never ask for your password");
    }

    @Test
    void aBotAnswerInChineseSaysItIsAutomaticAndThatAReplyReachesAnAgent() {
        SupportThread thread = thread("li@member.example", "mail:zh@member.example", "提现问题", "zh-CN");
        inbound(thread, "zh@member.example", NOW);

        gateway.send(message("li@member.example", thread.getConversationKey(), "请在“资产”页面查看提现状态。",
                Sender.BOT_ANSWER, "answer:1"));

        SentMail mail = only("li@member.example");
        assertThat(mail.subject()).isEqualTo("Re: 提现问题");
        assertThat(mail.header("Auto-Submitted")).isEqualTo("auto-replied");
        assertThat(mail.header("X-Auto-Response-Suppress")).isEqualTo("All");
        assertThat(mail.header("Content-Language")).isEqualTo("zh");
        String handOver = "如果没有解决您的问题，请直接回复本邮件，客服人员会接手处理。";
        assertThat(mail.plain()).contains("请在“资产”页面查看提现状态。", handOver, "客服团队");
        assertThat(mail.html()).contains(handOver, "我们绝不会索要您的密码");
    }

    @Test
    void aBotAnswerInEnglishAsksForAReplyIfItDidNotHelp() {
        SupportThread thread = thread("sam@member.example", "mail:en@member.example", "Fees", null);

        gateway.send(message("sam@member.example", thread.getConversationKey(), "Trading fees are listed at"
                + " https://help.exchange.example/fees.", Sender.BOT_ANSWER, "answer:2"));

        SentMail mail = only("sam@member.example");
        assertThat(mail.header("Auto-Submitted")).isEqualTo("auto-replied");
        assertThat(mail.plain()).contains("If this did not help, reply to this e-mail and an agent will take over.");
        assertThat(mail.html()).contains("<a href=\"https://help.exchange.example/fees\">"
                + "https://help.exchange.example/fees</a>.");
    }

    @Test
    void aHelpCenterNoticeIsAStandaloneMailWithItsOwnSubject() {
        OutboundMessage notice = new OutboundMessage(Channel.EMAIL, "visitor@member.example", "help-request:7", null,
                "Follow your request at https://help.exchange.example/requests/7?key=abc", TextFormat.PLAIN,
                Sender.BOT_NOTICE, List.of(), "Your request #7", List.of(), "help-request:7:tracking");

        gateway.send(notice);

        SentMail mail = only("visitor@member.example");
        assertThat(mail.subject()).isEqualTo("Your request #7");
        assertThat(mail.header("References")).isNull();
        assertThat(mail.header("In-Reply-To")).isNull();
        assertThat(mail.header("Auto-Submitted")).isEqualTo("auto-replied");
        assertThat(mail.plain()).contains("Follow your request at").doesNotContain("reply to this e-mail");
    }

    @Test
    void aMailSentAgainWithTheSameDeliveryKeyCarriesTheSameMessageId() {
        OutboundMessage reply = message("twice@member.example", "help-request:8", "Solved.", Sender.BOT_NOTICE,
                "decision:42");

        DeliveryReceipt first = gateway.send(reply);
        DeliveryReceipt second = gateway.send(reply);
        DeliveryReceipt other = gateway.send(message("twice@member.example", "help-request:8", "Solved.",
                Sender.BOT_NOTICE, "decision:43"));

        List<String> ids = MAIL.sentTo("twice@member.example").stream()
                .map(mail -> new SentMail(mail).header("Message-ID")).toList();
        assertThat(ids).hasSize(3);
        assertThat(ids.get(0)).isEqualTo(ids.get(1)).isNotEqualTo(ids.get(2));
        assertThat(first.messageId()).isEqualTo(second.messageId()).isNotEqualTo(other.messageId());
    }

    @Test
    void anAgentsFileArrivesWithItsNameAndBytes() throws Exception {
        accounts.createStaff("ivan", "Ivan", AccountRole.AGENT, "{noop}not-used");
        byte[] pdf = "%PDF-1.4\n% statement\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        StoredAttachment stored = attachments.storeAll(List.of(new UploadedFile("statement.pdf", pdf)), "ivan").get(0);
        OutboundMessage reply = new OutboundMessage(Channel.EMAIL, "files@member.example", "help-request:9", null,
                "Your statement is attached.", TextFormat.PLAIN, Sender.staff("ivan"), List.of(), null,
                List.of(stored.reference()), "reply:files");

        gateway.send(reply);

        SentMail mail = only("files@member.example");
        assertThat(mail.contentType()).startsWith("multipart/mixed");
        Part file = mail.parts().stream().filter(part -> fileName(part) != null).findFirst().orElseThrow();
        assertThat(file.getFileName()).isEqualTo("statement.pdf");
        assertThat(file.isMimeType("application/pdf")).isTrue();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        file.getDataHandler().writeTo(bytes);
        assertThat(bytes.toByteArray()).isEqualTo(pdf);
        assertThat(mail.plain()).contains("Your statement is attached.", "Ivan");
    }

    @Test
    void aFileThatIsNotStoredFailsTheMailForGood() {
        OutboundMessage reply = new OutboundMessage(Channel.EMAIL, "gone@member.example", "help-request:10", null,
                "See the file.", TextFormat.PLAIN, Sender.BOT_NOTICE, List.of(), null,
                List.of(new Attachment("document", "stored:999999", "application/pdf")), "reply:gone");

        assertThatThrownBy(() -> gateway.send(reply)).isInstanceOfSatisfying(DeliveryException.class,
                failure -> assertThat(failure.kind()).isEqualTo(DeliveryException.Kind.PERMANENT));
        assertThat(MAIL.sentTo("gone@member.example")).isEmpty();
    }

    @Test
    void markupInAReplyIsShownAsTextNotRun() {
        gateway.send(message("script@member.example", "help-request:11", "Do not paste <script>alert(1)</script> & co",
                Sender.BOT_NOTICE, "reply:script"));

        SentMail mail = only("script@member.example");
        assertThat(mail.html()).contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; co").doesNotContain("<script>");
        assertThat(mail.plain()).contains("Do not paste <script>alert(1)</script> & co");
    }

    @Test
    void aRefusedConnectionIsRetriedLaterAndTheMailIsSentOnce() {
        OutboundMessage reply = message("retry@member.example", "help-request:12", "Sent once.", Sender.BOT_NOTICE,
                "reply:retry");
        MAIL.refuseSmtp();
        try {
            assertThatThrownBy(() -> gateway.send(reply)).isInstanceOfSatisfying(DeliveryException.class, failure -> {
                assertThat(failure.kind()).isEqualTo(DeliveryException.Kind.TRANSIENT);
                assertThat(failure.answered()).as("nothing reached the server").isTrue();
            });
            assertThat(smtpContact.failing()).as("the channel's health entry shows the outgoing server down").isTrue();
        } finally {
            MAIL.acceptSmtp();
        }

        gateway.send(reply);

        assertThat(MAIL.sentTo("retry@member.example")).hasSize(1);
        assertThat(smtpContact.failing()).isFalse();
    }

    @Test
    void aRecipientTheServerRejectsFailsForGoodWithTheServersWords() throws Exception {
        try (ScriptedSmtpServer server = new ScriptedSmtpServer()
                .rcpt("550 5.1.1 <nobody@member.example>: Recipient address rejected: User unknown")) {
            assertThatThrownBy(() -> gatewayOn(server, null).send(message("nobody@member.example", "help-request:13",
                    "Hello", Sender.BOT_NOTICE, "reply:550"))).isInstanceOfSatisfying(DeliveryException.class,
                    failure -> {
                        assertThat(failure.kind()).isEqualTo(DeliveryException.Kind.PERMANENT);
                        assertThat(failure.getMessage()).contains("550", "User unknown");
                    });
        }
    }

    @Test
    void aServerThatSaysComeBackLaterIsAskedAgainAfterTheWaitItNames() throws Exception {
        try (ScriptedSmtpServer server = new ScriptedSmtpServer()
                .rcpt("450 4.7.1 Too many messages, try again in 5 minutes")) {
            assertThatThrownBy(() -> gatewayOn(server, null).send(message("busy@member.example", "help-request:14",
                    "Hello", Sender.BOT_NOTICE, "reply:450"))).isInstanceOfSatisfying(DeliveryException.class,
                    failure -> {
                        assertThat(failure.kind()).isEqualTo(DeliveryException.Kind.RATE_LIMITED);
                        assertThat(failure.retryAfter()).isEqualTo(Duration.ofMinutes(5));
                    });
        }
    }

    @Test
    void aRefusedLoginIsRetriedAndSaysTheLoginIsWrongWithoutThePassword() throws Exception {
        try (ScriptedSmtpServer server = new ScriptedSmtpServer()
                .auth("535 5.7.8 Authentication credentials invalid")) {
            assertThatThrownBy(() -> gatewayOn(server, "s3cret-app-password").send(message("auth@member.example",
                    "help-request:15", "Hello", Sender.BOT_NOTICE, "reply:535")))
                    .isInstanceOfSatisfying(DeliveryException.class, failure -> {
                        assertThat(failure.kind()).isEqualTo(DeliveryException.Kind.TRANSIENT);
                        assertThat(failure.getMessage()).contains("refused our login")
                                .doesNotContain("s3cret-app-password");
                    });
        }
    }

    @Test
    void aConnectionLostAfterTheMailWasHandedOverMayHaveDeliveredIt() throws Exception {
        try (ScriptedSmtpServer server = new ScriptedSmtpServer().afterData(null)) {
            assertThatThrownBy(() -> gatewayOn(server, null).send(message("lost@member.example", "help-request:16",
                    "Hello", Sender.BOT_NOTICE, "reply:lost"))).isInstanceOfSatisfying(DeliveryException.class,
                    failure -> {
                        assertThat(failure.kind()).isEqualTo(DeliveryException.Kind.TRANSIENT);
                        assertThat(failure.answered()).as("the server may have the mail").isFalse();
                    });
        }
    }

    @Test
    void mailCarriesFilesAndNoButtons() {
        assertThat(gateway.channel()).isEqualTo(Channel.EMAIL);
        assertThat(gateway.sendsAttachments("mail:x")).isTrue();
        assertThat(gateway.followUpHandsOver("mail:x")).isTrue();
        assertThat(gateway.offersChoices("mail:x")).isFalse();
        assertThat(gateway.canReply("mail:x")).isTrue();
        assertThat(gateway.moderationActions("mail:x")).isEmpty();
        assertThat(gateway.broadcastTargets()).isEmpty();
    }

    private EmailGateway gatewayOn(ScriptedSmtpServer server, String password) throws Exception {
        EmailProperties properties = EmailSendingSlice.properties(server.port(), password);
        return new EmailGateway(threads, composer, new SmtpSubmission(camel, producer, properties),
                new SmtpContact(Clock.systemUTC()));
    }

    private static OutboundMessage message(String to, String conversation, String text, Sender sender, String key) {
        return new OutboundMessage(Channel.EMAIL, to, conversation, null, text, TextFormat.PLAIN, sender, List.of(),
                null, List.of(), key);
    }

    private static SentMail only(String address) {
        List<jakarta.mail.internet.MimeMessage> received = MAIL.sentTo(address);
        assertThat(received).hasSize(1);
        return new SentMail(received.get(0));
    }

    private static String fileName(Part part) {
        try {
            return part.getFileName();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private SupportThread thread(String address, String conversation, String subject, String language) {
        Member member = members.save(new Member(Channel.EMAIL, address, NOW));
        return supportThreads.save(new SupportThread(Channel.EMAIL, conversation, address, subject, true, member,
                language, NOW));
    }

    private void inbound(SupportThread thread, String messageId, Instant at) {
        messages.save(new ThreadMessage(thread, Direction.IN, messageId, null, "a question", "Member", null, at));
    }

    private void outbound(SupportThread thread, String messageId, Instant at) {
        messages.save(new ThreadMessage(thread, Direction.OUT, messageId, null, "an answer", "Support", null, at));
    }
}
