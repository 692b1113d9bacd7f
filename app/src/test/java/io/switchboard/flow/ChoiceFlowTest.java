package io.switchboard.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.switchboard.core.answer.AnswerEngine;
import io.switchboard.core.answer.AnswerOutcome;
import io.switchboard.core.answer.BotAnswerRepository;
import io.switchboard.core.answer.AnswerQuery;
import io.switchboard.core.channel.Channel;
import io.switchboard.core.inbound.InboundEventRepository;
import io.switchboard.core.inbound.InboundKind;
import io.switchboard.core.inbound.InboundStatus;
import io.switchboard.core.thread.SupportThread;
import io.switchboard.core.thread.SupportThreadRepository;
import io.switchboard.core.thread.ThreadMessage;
import io.switchboard.core.thread.ThreadMessageRepository;
import io.switchboard.core.thread.ThreadStatus;
import io.switchboard.core.ticket.Ticket;
import io.switchboard.core.ticket.TicketEventRepository;
import io.switchboard.core.ticket.TicketRepository;
import io.switchboard.testing.FakeTelegramServer;
import io.switchboard.testing.FakeTelegramServer.Button;
import io.switchboard.testing.FakeTelegramServer.SentMessage;
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
 * A member in a private chat with the Telegram bot, pressing the buttons under its answer, as they
 * would in their Telegram app; and the counts the dashboard's resolution rate reads.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ChoiceFlowTest {

    private static final FakeTelegramServer TELEGRAM = FlowTestSupport.startTelegram();
    private static final String QUESTION = "How do I enable 2FA on my account?";

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        FlowTestSupport.configure(registry, TELEGRAM, "polling", "jdbc:h2:mem:choice-flow;" + FlowTestSupport.H2_MODE);
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
        assertThat(events.findAll()).filteredOn(event -> event.getKind() == InboundKind.CHOICE
                && event.getConversationKey().equals(Long.toString(member)))
                .as("every press stored once, like every update").hasSize(3)
                .allSatisfy(event -> assertThat(event.getStatus()).isEqualTo(InboundStatus.PROCESSED));
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
}
