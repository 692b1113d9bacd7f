package io.switchboard.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.switchboard.core.answer.AnswerEngine;
import io.switchboard.core.answer.AnswerQuery;
import io.switchboard.core.channel.Channel;
import io.switchboard.core.inbound.InboundEventRepository;
import io.switchboard.core.inbound.InboundStatus;
import io.switchboard.core.outbox.OutboxRepository;
import io.switchboard.core.outbox.OutboxStatus;
import io.switchboard.core.ticket.Ticket;
import io.switchboard.core.ticket.TicketRepository;
import io.switchboard.testing.FakeTelegramServer;
import io.switchboard.testing.FakeTelegramServer.SentMessage;
import io.switchboard.testing.TelegramUpdates;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole application in long-polling mode against a fake Telegram Bot API: what a member in a
 * private chat or a group sees the bot do.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TelegramPollingFlowTest {

    private static final FakeTelegramServer TELEGRAM = FlowTestSupport.startTelegram();

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

    @Test
    void aKnowledgeBaseQuestionInPrivateIsAnsweredAsAReplyToTheUsersMessage() {
        String question = "I lost my phone with Google Authenticator, how do I reset 2FA?";
        long updateId = TELEGRAM.nextUpdateId();
        TELEGRAM.publish(updateId, TelegramUpdates.privateText(updateId, 11, 7001, "en", question));

        SentMessage reply = awaitOneMessageTo("7001");

        String expected = engine.decide(new AnswerQuery(question, Channel.TELEGRAM, true, "en")).answer();
        assertThat(expected).as("the default knowledge base answers this question").isNotBlank();
        assertThat(reply.text()).isEqualTo(expected + "\n\nDid this solve it?");
        assertThat(reply.buttons()).extracting(FakeTelegramServer.Button::text).containsExactly("✅ Yes", "❌ No");
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

    private static SentMessage awaitOneMessageTo(String chatId) {
        await().atMost(Duration.ofSeconds(30)).until(() -> !TELEGRAM.sentTo(chatId).isEmpty());
        // Nothing more arrives for the same message: one decision, one send.
        await().during(Duration.ofMillis(800)).atMost(Duration.ofSeconds(5))
                .until(() -> TELEGRAM.sentTo(chatId).size() == 1);
        return TELEGRAM.sentTo(chatId).get(0);
    }
}
