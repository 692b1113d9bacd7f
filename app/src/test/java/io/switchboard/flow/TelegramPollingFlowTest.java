package io.switchboard.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.switchboard.core.answer.AnswerEngine;
import io.switchboard.core.answer.AnswerOutcome;
import io.switchboard.core.answer.AnswerQuery;
import io.switchboard.core.answer.BotAnswerRepository;
import io.switchboard.core.channel.Channel;
import io.switchboard.core.inbound.InboundEventRepository;
import io.switchboard.core.inbound.InboundKind;
import io.switchboard.core.inbound.InboundStatus;
import io.switchboard.core.outbox.OutboxRepository;
import io.switchboard.core.outbox.OutboxStatus;
import io.switchboard.core.thread.SupportThread;
import io.switchboard.core.thread.SupportThreadRepository;
import io.switchboard.core.thread.ThreadMessage;
import io.switchboard.core.thread.ThreadMessageRepository;
import io.switchboard.core.thread.ThreadStatus;
import io.switchboard.core.ticket.Ticket;
import io.switchboard.core.ticket.TicketEventRepository;
import io.switchboard.core.ticket.TicketRepository;
import io.switchboard.testing.FakeTelegramServer.Button;
import io.switchboard.testing.FakeTelegramServer.SentMessage;
import io.switchboard.testing.FakeTelegramServer;
import io.switchboard.testing.TelegramUpdates;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The whole application in long-polling mode against a fake Telegram Bot API: what a member in a
 * private chat or a group sees the bot do, and what pressing the buttons under its answers does
 * (with the counts the dashboard's resolution rate reads).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TelegramPollingFlowTest {

    private static final FakeTelegramServer TELEGRAM = FlowTestSupport.startTelegram();
    /** The knowledge base answers it with confidence. */
    private static final String QUESTION = "How do I enable 2FA on my account?";

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        FlowTestSupport.configure(registry, TELEGRAM, "polling", "jdbc:h2:mem:polling-flow;" + FlowTestSupport.H2_MODE);
    }

    @AfterAll
    static void stopTelegram() throws Exception {
        TELEGRAM.close();
    }

    @Autowired
    AnswerEngine engine;

    @Autowired
    InboundEventRepository events;

    @Autowired
    OutboxRepository outbox;

    @Autowired
    TicketRepository tickets;

    @Autowired
    TicketEventRepository ticketEvents;

    @Autowired
    ThreadMessageRepository messages;

    @Autowired
    SupportThreadRepository threads;

    @Autowired
    BotAnswerRepository botAnswers;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void aKnowledgeBaseQuestionInPrivateIsAnsweredAsAReplyToTheUsersMessage() {
        String question = "I lost my phone with Google Authenticator, how do I reset 2FA?";
        long updateId = TELEGRAM.nextUpdateId();
        TELEGRAM.publish(updateId, TelegramUpdates.privateText(updateId, 11, 7001, "en", question));

        SentMessage reply = awaitOneMessageTo("7001");

        String expected = engine.decide(new AnswerQuery(question, Channel.TELEGRAM, true, "en")).answer();
        assertThat(expected).as("the default knowledge base answers this question").isNotBlank();
        assertThat(reply.text()).isEqualTo(expected + "\n\nDid this solve it?");
        assertThat(reply.buttons()).extracting(Button::text).containsExactly("✅ Yes", "❌ No");
        assertThat(reply.replyToMessageId()).isEqualTo(11);
        await().untilAsserted(() -> assertThat(outbox.findAll())
                .filteredOn(entry -> entry.getChatId().equals("7001"))
                .singleElement()
                .satisfies(entry -> {
                    assertThat(entry.getStatus()).isEqualTo(OutboxStatus.SENT);
                    assertThat(entry.getPlatformMessageId()).isNotBlank();
                }));
    }

    @Test
    void groupChatterIsStoredButGetsNoReplyAndNoTicket() {
        long ticketsBefore = tickets.count();
        long chatter = TELEGRAM.nextUpdateId();
        TELEGRAM.publish(chatter, TelegramUpdates.groupText(chatter, 21, 7101, "gm everyone, wen moon? 🚀"));
        long remark = TELEGRAM.nextUpdateId();
        TELEGRAM.publish(remark, TelegramUpdates.groupText(remark, 22, 7102, "just withdrew my profits lol"));
        // Intake keeps arrival order: once this later private question is answered, the chatter
        // before it has been through the whole pipeline.
        long question = TELEGRAM.nextUpdateId();
        TELEGRAM.publish(question, TelegramUpdates.privateText(question, 23, 7103, "en",
                "How long does a withdrawal usually take? Mine has been pending for an hour"));
        awaitOneMessageTo("7103");

        assertThat(events.findByChannelAndEventId(Channel.TELEGRAM, Long.toString(chatter))).get()
                .extracting(e -> e.getStatus()).isEqualTo(InboundStatus.PROCESSED);
        assertThat(events.findByChannelAndEventId(Channel.TELEGRAM, Long.toString(remark))).get()
                .extracting(e -> e.getStatus()).isEqualTo(InboundStatus.PROCESSED);
        assertThat(TELEGRAM.sentTo(String.valueOf(TelegramUpdates.GROUP_CHAT_ID))).isEmpty();
        assertThat(tickets.count()).isEqualTo(ticketsBefore);
    }

    @Test
    void aPrivateQuestionNoArticleComesCloseToBecomesATicketAndTheUserIsToldItsNumber() {
        long updateId = TELEGRAM.nextUpdateId();
        TELEGRAM.publish(updateId, TelegramUpdates.privateText(updateId, 31, 7201, "en",
                "my avatar picture is gone after changing nickname"));

        SentMessage notice = awaitOneMessageTo("7201");

        List<Ticket> opened = tickets.findAll().stream()
                .filter(t -> t.getThread() != null && t.getThread().getChatId().equals("7201"))
                .toList();
        assertThat(opened).singleElement().satisfies(ticket ->
                assertThat(notice.text()).contains(ticket.getNumber()));
        assertThat(notice.replyToMessageId()).isEqualTo(31);
    }

    @Test
    void askingForAHumanInChineseOpensATicketAtOnce() {
        long updateId = TELEGRAM.nextUpdateId();
        TELEGRAM.publish(updateId, TelegramUpdates.privateText(updateId, 41, 7301, "zh", "转人工客服"));

        SentMessage notice = awaitOneMessageTo("7301");

        assertThat(notice.text()).contains("T-");
        assertThat(tickets.findAll()).anySatisfy(ticket -> {
            assertThat(ticket.getThread().getChatId()).isEqualTo("7301");
            assertThat(ticket.getReason()).isEqualTo("human-requested");
        });
    }

    // Buttons in the private chat: what the member's presses under the bot's answer do.

    @Test
    void noUnderTheAnswerOpensOneTicketWithTheQuestionAndTheAnswerGiven() {
        long member = 7701;
        ask(member, QUESTION);

        SentMessage answer = awaitMessages(member, 1).get(0);
        String article = engine.decide(new AnswerQuery(QUESTION, Channel.TELEGRAM, true, "en")).answer();
        assertThat(answer.text()).isEqualTo(article + "\n\nDid this solve it?");
        assertThat(answer.buttons()).extracting(Button::text).containsExactly("✅ Yes", "❌ No");

        String no = press(member, answer, "❌ No");
        SentMessage notice = awaitMessages(member, 2).get(1);

        Ticket ticket = ticketOf(member);
        assertThat(notice.text()).contains(ticket.getNumber());
        assertThat(ticket.getSubject()).isEqualTo(QUESTION);
        assertThat(ticket.getReason()).isEqualTo("answer-rejected");
        assertThat(conversation(ticket)).containsExactly(QUESTION, answer.text(), "❌ No", notice.text());
        assertThat(history(ticket)).anySatisfy(line -> assertThat(line).startsWith("member-choice: pressed NO under the answer 2fa-setup"));
        assertThat(TELEGRAM.answeredCallbackQueries()).as("the member's button stops spinning").contains(no);

        String again = press(member, answer, "❌ No");
        String yes = press(member, answer, "✅ Yes");
        await().until(() -> TELEGRAM.answeredCallbackQueries().containsAll(List.of(again, yes)));
        assertThat(tickets.findAll()).filteredOn(t -> t.getThread().getChatId().equals(Long.toString(member)))
                .as("one ticket, however often the member presses").hasSize(1);
        assertThat(TELEGRAM.sentTo(Long.toString(member))).hasSize(2);
        // The press is answered (the button stops spinning) before its event is marked processed, so wait for that.
        await().untilAsserted(() -> assertThat(events.findAll()).filteredOn(event -> event.getKind() == InboundKind.CHOICE
                && event.getConversationKey().equals(Long.toString(member)))
                .as("every press stored once, like every update").hasSize(3)
                .allSatisfy(event -> assertThat(event.getStatus()).isEqualTo(InboundStatus.PROCESSED)));
    }

    @Test
    void yesResolvesTheThreadAndForgedPressesChangeNothing() {
        long member = 7801;
        long stranger = 7802;
        ask(member, QUESTION);
        SentMessage answer = awaitMessages(member, 1).get(0);
        String no = answer.buttons().get(1).callbackData();

        // another member replays this member's button in their own chat, then makes some up
        String replayed = pressData(stranger, 4242, no);
        String madeUp = pressData(stranger, 4242, no.replaceFirst(":\\d+:", ":99999:"));
        String garbage = pressData(member, answer.messageId(), "DROP TABLE ticket");
        await().until(() -> TELEGRAM.answeredCallbackQueries().containsAll(List.of(replayed, madeUp, garbage)));
        awaitProcessed(List.of(replayed, madeUp, garbage));
        assertThat(tickets.findAll()).noneMatch(t -> t.getThread().getChatId().equals(Long.toString(member))
                || t.getThread().getChatId().equals(Long.toString(stranger)));
        assertThat(TELEGRAM.sentTo(Long.toString(stranger))).isEmpty();

        press(member, answer, "✅ Yes");

        assertThat(awaitMessages(member, 2).get(1).text()).isEqualTo("Great, glad that helped! Ask me any time.");
        assertThat(threadStatus(member)).isEqualTo(ThreadStatus.CLOSED);

        assertThat(botAnswers.outcomesByChannel(Instant.now().minus(Duration.ofDays(7))))
                .as("the dashboard's resolution rate counts the member's Yes under Telegram")
                .anySatisfy(row -> {
                    assertThat(row.getChannel()).isEqualTo(Channel.TELEGRAM);
                    assertThat(row.getOutcome()).isEqualTo(AnswerOutcome.YES);
                    assertThat(row.getAnswers()).isPositive();
                });
    }

    private static void ask(long member, String text) {
        long update = TELEGRAM.nextUpdateId();
        TELEGRAM.publish(update, TelegramUpdates.privateText(update, update, member, "en", text));
    }

    /** Presses the button labelled {@code label}; returns the callback query's id. */
    private static String press(long member, SentMessage message, String label) {
        String data = message.buttons().stream().filter(button -> button.text().equals(label)).findFirst()
                .orElseThrow().callbackData();
        return pressData(member, message.messageId(), data);
    }

    private static String pressData(long member, int messageId, String data) {
        long update = TELEGRAM.nextUpdateId();
        TELEGRAM.publish(update, TelegramUpdates.buttonPress(update, member, messageId, data));
        return "cq" + update;
    }

    private void awaitProcessed(List<String> callbackQueries) {
        await().until(() -> events.findAll().stream()
                .filter(event -> callbackQueries.contains("cq" + event.getEventId()))
                .filter(event -> event.getStatus() == InboundStatus.PROCESSED).count() == callbackQueries.size());
    }

    private static List<SentMessage> awaitMessages(long member, int count) {
        String chat = Long.toString(member);
        await().atMost(Duration.ofSeconds(30)).until(() -> TELEGRAM.sentTo(chat).size() >= count);
        return TELEGRAM.sentTo(chat);
    }

    private Ticket ticketOf(long member) {
        return await().until(() -> tickets.findAll().stream()
                .filter(t -> t.getThread().getChatId().equals(Long.toString(member))).findFirst().orElse(null),
                ticket -> ticket != null);
    }

    private List<String> conversation(Ticket ticket) {
        return transactions.execute(status -> messages.findByThreadOrderByCreatedAtAscIdAsc(ticket.getThread())
                .stream().map(ThreadMessage::getText).toList());
    }

    private List<String> history(Ticket ticket) {
        return ticketEvents.findByTicketOrderByAtAscIdAsc(ticket).stream()
                .map(event -> event.getAction() + ": " + event.getDetail()).toList();
    }

    private ThreadStatus threadStatus(long member) {
        return threads.findAll().stream().filter(thread -> thread.getChatId().equals(Long.toString(member)))
                .map(SupportThread::getStatus).findFirst().orElseThrow();
    }

    private static SentMessage awaitOneMessageTo(String chatId) {
        await().atMost(Duration.ofSeconds(30)).until(() -> !TELEGRAM.sentTo(chatId).isEmpty());
        // Nothing more arrives for the same message: one decision, one send.
        await().during(Duration.ofMillis(800)).atMost(Duration.ofSeconds(5))
                .until(() -> TELEGRAM.sentTo(chatId).size() == 1);
        return TELEGRAM.sentTo(chatId).get(0);
    }
}
