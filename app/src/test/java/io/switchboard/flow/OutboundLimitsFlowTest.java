package io.switchboard.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.switchboard.core.channel.Channel;
import io.switchboard.core.outbox.OutboxEntry;
import io.switchboard.core.outbox.OutboxRepository;
import io.switchboard.core.outbox.OutboxStatus;
import io.switchboard.testing.FakeTelegramServer;
import io.switchboard.testing.TelegramUpdates;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Issue 18: replies go out at Telegram's limits without going past them. The fake Bot API keeps the limits as
 * Telegram does (30 a second per bot, 1 a second per private chat, 20 a minute per group) and answers 429 past
 * them; the outbox's poll is a minute apart here, so every reply that arrives was sent because it was queued
 * (or came due), not because a tick found it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OutboundLimitsFlowTest {

    private static final FakeTelegramServer TELEGRAM = FlowTestSupport.startTelegram();

    static {
        TELEGRAM.enforceLimits();
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        FlowTestSupport.configure(registry, TELEGRAM, "webhook", "jdbc:h2:mem:outbound-limits-flow;"
                + FlowTestSupport.H2_MODE);
        registry.add("switchboard.router.outbox-poll-interval", () -> "1m");
    }

    @AfterAll
    static void stopTelegram() throws Exception {
        TELEGRAM.close();
    }

    @LocalServerPort
    int port;

    @Autowired
    OutboxRepository outbox;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aBurstToManyChatsAndAGroupIsDeliveredOnceEachInOrderWithoutA429() throws Exception {
        List<String> privateChats = LongStream.range(9100, 9160).mapToObj(Long::toString).toList();
        long updateId = 90_000;
        for (String chat : privateChats) {
            post(TelegramUpdates.privateText(++updateId, updateId, Long.parseLong(chat), "en",
                    "How long does a withdrawal take?"));
        }
        // one member asks twice: the second reply waits a second after the first
        post(TelegramUpdates.privateText(++updateId, updateId, 9100, "en", "How do I enable 2FA on my account?"));
        for (int i = 0; i < 4; i++) {
            post(TelegramUpdates.groupMention(++updateId, updateId, 9200 + i, "how do I reset my password?"));
        }
        String group = Long.toString(TelegramUpdates.GROUP_CHAT_ID);

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertThat(undecidedEvents()).as("events not decided yet").isZero();
            assertThat(notAllSent(concat(privateChats, group))).as("chats with a reply not sent yet").isEmpty();
        });

        assertThat(entriesTo("9100")).as("both of the member's questions answered").hasSizeGreaterThanOrEqualTo(2);
        assertThat(entriesTo(group)).as("the mentions answered in the group").hasSizeGreaterThanOrEqualTo(2);
        for (String chat : concat(privateChats, group)) {
            List<OutboxEntry> queued = entriesTo(chat);
            assertThat(TELEGRAM.sentTo(chat)).as("chat %s: each reply once, in the order queued", chat)
                    .extracting(sent -> String.valueOf(sent.replyToMessageId()))
                    .containsExactlyElementsOf(queued.stream()
                            .map(entry -> messageIdOf(entry.getReplyToExternalId())).toList());
        }
        assertThat(TELEGRAM.tooManyRequestsAnswered()).as("429s from the Bot API").isZero();
    }

    @Test
    void aReplyGoesOutWhenQueuedNotAtTheNextPoll() throws Exception {
        post(TelegramUpdates.privateText(95_001, 95_001, 9500, "en", "How do I enable 2FA on my account?"));

        await().atMost(Duration.ofSeconds(20)).until(() -> !TELEGRAM.sentTo("9500").isEmpty());
        assertThat(entriesTo("9500")).extracting(OutboxEntry::getStatus).contains(OutboxStatus.SENT);
    }

    /** A Telegram message's external id is "chat:message"; the Bot API is told the message. */
    private static String messageIdOf(String externalId) {
        return externalId == null ? "null" : externalId.substring(externalId.lastIndexOf(':') + 1);
    }

    private int undecidedEvents() {
        Integer count = jdbc.queryForObject("select count(*) from inbound_event where status = 'RECEIVED'",
                Integer.class);
        return count == null ? 0 : count;
    }

    /** The chats with no reply queued yet, or one not sent, with their replies' states. */
    private Map<String, List<OutboxStatus>> notAllSent(List<String> chats) {
        Map<String, List<OutboxStatus>> waiting = new TreeMap<>();
        for (String chat : chats) {
            List<OutboxStatus> states = entriesTo(chat).stream().map(OutboxEntry::getStatus).toList();
            if (states.isEmpty() || states.stream().anyMatch(state -> state != OutboxStatus.SENT)) {
                waiting.put(chat, states);
            }
        }
        return waiting;
    }

    private List<OutboxEntry> entriesTo(String chat) {
        return outbox.findAll().stream().filter(e -> e.getChannel() == Channel.TELEGRAM && e.getChatId().equals(chat))
                .sorted(Comparator.comparing(OutboxEntry::getId)).toList();
    }

    private static List<String> concat(List<String> chats, String more) {
        return Stream.concat(chats.stream(), Stream.of(more)).toList();
    }

    private void post(String update) throws Exception {
        assertThat(FlowTestSupport.postWebhook(port, "/webhooks/telegram", "X-Telegram-Bot-Api-Secret-Token",
                FlowTestSupport.WEBHOOK_SECRET, update.getBytes(StandardCharsets.UTF_8))).isEqualTo(200);
    }
}
