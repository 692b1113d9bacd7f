package io.switchboard.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.switchboard.core.answer.AnswerDecision;
import io.switchboard.core.answer.AnswerEngine;
import io.switchboard.core.answer.AnswerQuery;
import io.switchboard.core.channel.Channel;
import io.switchboard.core.outbox.OutboxEntry;
import io.switchboard.core.outbox.OutboxRepository;
import io.switchboard.core.outbox.OutboxStatus;
import io.switchboard.core.thread.ThreadMessage;
import io.switchboard.core.thread.ThreadMessageRepository;
import io.switchboard.core.ticket.Ticket;
import io.switchboard.core.ticket.TicketRepository;
import io.switchboard.testing.mail.TestMailServer;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.CookieManager;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole application with the e-mail channel on a real IMAP and SMTP server (GreenMail): members write to
 * the support mailbox, and the tests read what arrives in the members' own mailboxes and what agents see.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
// Closed afterwards: a cached context would keep reading the mailbox beside the next test class's.
@DirtiesContext
class EmailFlowTest {

    private static final TestMailServer MAIL = TestMailServer.start();
    private static final String SUPPORT = FlowTestSupport.SUPPORT_ADDRESS;
    private static final String KNOWN_QUESTION = "How do I enable 2FA on my account?";
    private static final String UNKNOWN_QUESTION = "My sub-account transfer of 3 BTC from the OTC desk vanished";
    private static final String AGENT = "erin";
    private static final String AGENT_NAME = "Erin Gao";
    private static final String AGENT_PASSWORD = "email-flow-agent-password";
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final ObjectMapper JSON = new ObjectMapper();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        FlowTestSupport.database(registry, "email-flow");
        FlowTestSupport.email(registry, MAIL);
        // a refused SMTP server is tried again within a second or two, not minutes
        registry.add("switchboard.router.backoff-base", () -> "200ms");
        registry.add("switchboard.router.backoff-max", () -> "1s");
        registry.add("switchboard.router.delivery.probe-min", () -> "500ms");
        registry.add("switchboard.router.delivery.probe-max", () -> "1s");
    }

    @AfterAll
    static void stopMail() {
        MAIL.close();
    }

    @LocalServerPort
    int port;

    @Autowired
    AnswerEngine engine;

    @Autowired
    TicketRepository tickets;

    @Autowired
    ThreadMessageRepository messages;

    @Autowired
    OutboxRepository outbox;

    @Test
    void aQuestionTheKnowledgeBaseAnswersIsAnsweredByMailUnderTheQuestion() throws Exception {
        AnswerDecision decision = engine.decide(new AnswerQuery(KNOWN_QUESTION, Channel.EMAIL, true, null));
        assertThat(decision.autoAnswer()).as("the default knowledge base answers this in private").isTrue();
        String member = member("answered");
        String question = write(member, "2FA", KNOWN_QUESTION, null);

        MimeMessage answer = awaitMail(member, 1).get(0);

        assertThat(answer.getHeader("In-Reply-To", null)).isEqualTo("<" + question + ">");
        assertThat(answer.getHeader("Auto-Submitted", null)).isEqualTo("auto-replied");
        assertThat(answer.getSubject()).isEqualTo("Re: 2FA");
        String text = TestMailServer.plainText(answer);
        assertThat(text).startsWith(decision.answer())
                .contains("If this did not help, reply to this e-mail and an agent will take over.");
        assertThat(ticketsOf(question)).as("an answered question is no case for an agent").isEmpty();
    }

    @Test
    void anUnknownQuestionBecomesATicketAndTheMemberIsToldItsNumberAndWhenToExpectAnAnswer() throws Exception {
        String member = member("unknown");
        String question = write(member, "Transfer missing", UNKNOWN_QUESTION, null);

        Ticket ticket = awaitTicket(question);
        MimeMessage acknowledgement = awaitMail(member, 1).get(0);

        assertThat(ticket.getThread().getChannel()).isEqualTo(Channel.EMAIL);
        assertThat(acknowledgement.getSubject()).isEqualTo("Re: Transfer missing [" + ticket.getNumber() + "]");
        assertThat(acknowledgement.getHeader("In-Reply-To", null)).isEqualTo("<" + question + ">");
        assertThat(acknowledgement.getHeader("Auto-Submitted", null)).isEqualTo("auto-replied");
        assertThat(TestMailServer.plainText(acknowledgement)).contains(ticket.getNumber(), "within 4 hours");
    }

    @Test
    void theAgentsReplyFromTheConsoleArrivesThreadedAndTheMembersAnswerJoinsTheTicket() throws Exception {
        String member = member("agent-reply");
        String question = write(member, "Transfer missing", UNKNOWN_QUESTION, null);
        Ticket ticket = awaitTicket(question);
        awaitMail(member, 1);
        signUpAgent();

        HttpResponse<String> queued = FlowTestSupport.postAs(port, "/api/threads/" + ticket.getThread().getId()
                + "/replies", AGENT, AGENT_PASSWORD, JSON.writeValueAsString(Map.of("text",
                "I found your transfer: it is held for a compliance check and will arrive today.")));
        assertThat(queued.statusCode()).as(queued.body()).isEqualTo(202);

        MimeMessage reply = awaitMail(member, 2).get(1);
        assertThat(reply.getSubject()).isEqualTo("Re: Transfer missing [" + ticket.getNumber() + "]");
        assertThat(reply.getHeader("In-Reply-To", null)).isEqualTo("<" + question + ">");
        assertThat(reply.getHeader("References", null)).contains("<" + question + ">");
        assertThat(reply.getHeader("Auto-Submitted")).as("a person wrote it").isNull();
        assertThat(TestMailServer.plainText(reply)).contains("it is held for a compliance check", AGENT_NAME);

        write(member, "Re: Transfer missing [" + ticket.getNumber() + "]",
                "Thanks, but why does a compliance check take a whole day?", reply.getMessageID());

        await().atMost(PATIENCE).until(() -> threadTexts(ticket).contains(
                "Thanks, but why does a compliance check take a whole day?"));
        assertThat(ticketsOfMember(member)).as("the answer joins the ticket").extracting(Ticket::getId)
                .containsExactly(ticket.getId());
    }

    @Test
    void aReplyToTheBotsAnswerHandsTheCaseToAnAgent() throws Exception {
        String member = member("not-helped");
        String question = write(member, "2FA", KNOWN_QUESTION, null);
        MimeMessage answer = awaitMail(member, 1).get(0);

        write(member, "Re: 2FA", "It did not help, I still can't log in.", answer.getMessageID());

        Ticket ticket = awaitTicket(question);
        assertThat(ticket.getReason()).isEqualTo("answer-rejected");
        MimeMessage acknowledgement = awaitMail(member, 2).get(1);
        assertThat(acknowledgement.getSubject()).contains("[" + ticket.getNumber() + "]");
        assertThat(TestMailServer.plainText(acknowledgement)).contains("within");
    }

    @Test
    void aLoopWithAnAutoResponderThatSaysSoEndsAtOnce() throws Exception {
        String robot = member("polite-robot");
        assertLoopEnds(robot, "Auto-Submitted: auto-replied");
        assertThat(MAIL.sentTo(robot)).as("only the bot's answer: an auto-reply is never answered").hasSize(1);
    }

    @Test
    void aLoopWithAnAutoResponderThatSaysNothingEnds() throws Exception {
        String robot = member("rude-robot");
        assertLoopEnds(robot);
        // the answer; its "out of office" hands over, the acknowledgement's joins the open ticket unanswered
        assertThat(MAIL.sentTo(robot)).as("our mails to an auto-responder").hasSizeLessThanOrEqualTo(2);
    }

    /**
     * A member whose mailbox answers every mail with "out of office" asks a question the bot answers: the loop
     * of our automatic mails and theirs must end by itself, after few mails, and stay ended.
     */
    private void assertLoopEnds(String robot, String... robotHeaders) throws Exception {
        Set<String> answered = new HashSet<>();
        ScheduledExecutorService responder = Executors.newSingleThreadScheduledExecutor();
        responder.scheduleWithFixedDelay(() -> {
            for (MimeMessage ours : MAIL.sentTo(robot)) {
                String id = messageId(ours);
                if (answered.add(id)) {
                    MAIL.deliver(SUPPORT, raw("<ooo-" + SEQUENCE.incrementAndGet() + "@robot.example>", robot,
                            "Out of office: " + subject(ours),
                            "I am out of the office until Monday and will read your mail then.", id, robotHeaders));
                }
            }
        }, 0, 100, TimeUnit.MILLISECONDS);
        try {
            write(robot, "2FA", KNOWN_QUESTION, null);
            awaitMail(robot, 1);
            // quiet: every mail of ours got its "out of office", and none of those drew another for 5 s
            await().atMost(PATIENCE).during(Duration.ofSeconds(5)).until(() -> MAIL.sentTo(robot).size()
                    == answered.size());
        } finally {
            responder.shutdownNow();
        }
    }

    @Test
    void aReplyDueWhileTheSmtpServerRefusesIsSentOnceItAcceptsAgain() throws Exception {
        String member = member("smtp-down");
        MAIL.refuseSmtp();
        try {
            String question = write(member, "2FA", KNOWN_QUESTION, null);
            await().atMost(PATIENCE).until(() -> entryFor(question).filter(entry -> entry.getAttempts() >= 1
                    && entry.getStatus() == OutboxStatus.PENDING).isPresent());
            assertThat(MAIL.sentTo(member)).isEmpty();
        } finally {
            MAIL.acceptSmtp();
        }

        awaitMail(member, 1);
        await().atMost(PATIENCE).until(() -> outbox.findAll().stream().anyMatch(entry -> member.equals(
                entry.getChatId()) && entry.getStatus() == OutboxStatus.SENT));
        assertThat(MAIL.sentTo(member)).as("sent once").hasSize(1);
    }

    @Test
    void aVisitorsHelpCenterRequestMailsTheTrackingLink() throws Exception {
        String visitor = member("visitor");
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        HttpResponse<String> filed = FlowTestSupport.postForm(browser, port, "/help/requests/new", "/help/requests",
                Map.of("category", "account-security", "subject", "Cannot log in after changing phones",
                        "description", "The authenticator code is refused every time since I moved to a new phone.",
                        "email", visitor));
        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(302);

        MimeMessage mail = awaitMail(visitor, 1).get(0);
        assertThat(mail.getSubject()).contains("Cannot log in after changing phones");
        assertThat(TestMailServer.plainText(mail)).contains("We have received your request", "/help/track/");
    }

    @Test
    void aBounceMarksTheReplyItReturnsAsNotDelivered() throws Exception {
        String member = member("full-box");
        String question = write(member, "2FA", KNOWN_QUESTION, null);
        MimeMessage answer = awaitMail(member, 1).get(0);

        MAIL.deliver(SUPPORT, dsn(member, answer.getMessageID()));

        OutboxEntry entry = await().atMost(PATIENCE).until(() -> entryFor(question).orElseThrow(),
                bounced -> bounced.getStatus() == OutboxStatus.FAILED);
        assertThat(entry.getLastError()).startsWith("bounced: ").contains("552 5.2.2");
        JsonNode failed = JSON.readTree(FlowTestSupport.get(port, "/api/outbox?status=FAILED", true).body());
        assertThat(failed.path("content").findValuesAsText("lastError")).anyMatch(error -> error.startsWith(
                "bounced: ") && error.contains("Mailbox full"));
    }

    // --- the member's side

    private static String member(String name) {
        return name + "-" + SEQUENCE.incrementAndGet() + "@members.example";
    }

    /** Delivers a member's plain-text mail to the support mailbox; its Message-ID without {@code <>}. */
    private static String write(String from, String subject, String text, String inReplyTo) {
        String id = "m" + SEQUENCE.incrementAndGet() + "@members.example";
        MAIL.deliver(SUPPORT, raw("<" + id + ">", from, subject, text, inReplyTo == null ? null
                : inReplyTo.replaceAll("^<|>$", "")));
        return id;
    }

    private static byte[] raw(String messageId, String from, String subject, String text, String inReplyTo,
            String... headers) {
        StringBuilder mail = new StringBuilder()
                .append("Message-ID: ").append(messageId).append("\r\n")
                .append("From: ").append(from).append("\r\n")
                .append("To: ").append(SUPPORT).append("\r\n")
                .append("Subject: ").append(subject).append("\r\n")
                .append("Date: ").append(DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now())).append("\r\n");
        if (inReplyTo != null) {
            mail.append("In-Reply-To: <").append(inReplyTo).append(">\r\nReferences: <").append(inReplyTo).append(">\r\n");
        }
        Arrays.stream(headers).forEach(header -> mail.append(header).append("\r\n"));
        mail.append("MIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n").append(text).append("\r\n");
        return mail.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The member's mail server's report that a mail of ours could not be delivered (RFC 3464). */
    private static byte[] dsn(String recipient, String bouncedId) {
        String report = """
                Return-Path: <>
                From: Mail Delivery System <mailer-daemon@members.example>
                To: %1$s
                Subject: Undelivered Mail Returned to Sender
                Date: %3$s
                Message-ID: <dsn-%4$d@members.example>
                MIME-Version: 1.0
                Content-Type: multipart/report; report-type=delivery-status; boundary="dsn"

                --dsn
                Content-Type: text/plain; charset=us-ascii

                Your message could not be delivered to %2$s.

                --dsn
                Content-Type: message/delivery-status

                Reporting-MTA: dns;mx.members.example

                Final-Recipient: rfc822;%2$s
                Action: failed
                Status: 5.2.2
                Diagnostic-Code: smtp;552 5.2.2 Mailbox full

                --dsn
                Content-Type: text/rfc822-headers

                From: NovaEx Support <%1$s>
                To: %2$s
                Message-ID: %5$s

                --dsn--
                """.formatted(SUPPORT, recipient, DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now()),
                SEQUENCE.incrementAndGet(), bouncedId);
        return report.replace("\n", "\r\n").getBytes(StandardCharsets.US_ASCII);
    }

    /** Waits until {@code address}'s mailbox holds at least {@code count} mails; all of them, oldest first. */
    private static List<MimeMessage> awaitMail(String address, int count) {
        return await().atMost(PATIENCE).until(() -> MAIL.sentTo(address), mails -> mails.size() >= count);
    }

    private static String messageId(MimeMessage mail) {
        try {
            return mail.getMessageID().replaceAll("^<|>$", "");
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    // --- the agents' side

    private void signUpAgent() throws Exception {
        if (FlowTestSupport.get(port, "/api/staff", true).body().contains("\"" + AGENT + "\"")) {
            return;
        }
        HttpResponse<String> created = FlowTestSupport.postAsStaff(port, "/api/staff", JSON.writeValueAsString(Map.of(
                "username", AGENT, "displayName", AGENT_NAME, "role", "agent", "password", AGENT_PASSWORD)));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    }

    private Ticket awaitTicket(String firstMail) {
        return await().atMost(PATIENCE).until(() -> ticketsOf(firstMail).stream().findFirst().orElse(null),
                ticket -> ticket != null);
    }

    /** The tickets of the thread a mail started. */
    private List<Ticket> ticketsOf(String firstMail) {
        return tickets.findAll().stream()
                .filter(ticket -> ticket.getThread().getConversationKey().equals("mail:" + firstMail)).toList();
    }

    private List<Ticket> ticketsOfMember(String address) {
        return tickets.findAll().stream().filter(ticket -> ticket.getThread().getChannel() == Channel.EMAIL
                && ticket.getThread().getChatId().equals(address)).toList();
    }

    private List<String> threadTexts(Ticket ticket) {
        return messages.findByThreadOrderByCreatedAtAscIdAsc(ticket.getThread()).stream()
                .map(ThreadMessage::getText).toList();
    }

    /** The outbox entry replying in the thread a mail started. */
    private java.util.Optional<OutboxEntry> entryFor(String firstMail) {
        return outbox.findAll().stream().filter(entry -> entry.getConversationKey().equals("mail:" + firstMail))
                .findFirst();
    }
}
