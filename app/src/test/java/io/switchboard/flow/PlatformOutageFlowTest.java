package io.switchboard.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.switchboard.core.outbox.OutboxEntry;
import io.switchboard.core.outbox.OutboxRepository;
import io.switchboard.core.outbox.OutboxStatus;
import io.switchboard.router.ticket.TicketPublishRoute;
import io.switchboard.testing.FakeTelegramServer;
import io.switchboard.testing.FakeTelegramServer.SentMessage;
import io.switchboard.testing.TelegramUpdates;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.NotifyBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Issue 12: the Bot API answering 502 for 40 s made every reply FAILED after 5 tries. With
 * durations scaled down (the old budget of 5 tries here is under 3 s, the outage 14 s): every
 * reply arrives once after the platform recovers, while it is down only probes reach it, a 429's
 * retry_after is honoured for every chat, and a reply that became too old is not sent late: its
 * thread goes to staff.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PlatformOutageFlowTest {

    private static final FakeTelegramServer TELEGRAM = FlowTestSupport.startTelegram();
    private static final Duration PROBE_MIN = Duration.ofMillis(500);
    private static final int BREAKER_FAILURES = 3;
    private static final Duration OUTAGE = Duration.ofSeconds(14);
    /** What the gaps between calls may lose to the request's own way to the fake. */
    private static final Duration SLACK = Duration.ofMillis(100);
    /** The outbox's senders (switchboard.router.outbox-senders, default): calls that can be under way at once. */
    private static final int OUTBOX_SENDERS = 4;
    /** Calls closer than this went out together, before any of them was answered. */
    private static final Duration WAVE = Duration.ofMillis(500);

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        FlowTestSupport.configure(registry, TELEGRAM, "webhook", "jdbc:h2:mem:outage-flow;" + FlowTestSupport.H2_MODE);
        // the old policy: 5 tries 200 ms .. 1 s apart, given up after under 3 s
        registry.add("switchboard.router.backoff-base", () -> "200ms");
        registry.add("switchboard.router.backoff-max", () -> "1s");
        registry.add("switchboard.router.delivery.breaker-failures", () -> BREAKER_FAILURES);
        registry.add("switchboard.router.delivery.probe-min", () -> PROBE_MIN.toMillis() + "ms");
        registry.add("switchboard.router.delivery.probe-max", () -> "1s");
        registry.add("switchboard.router.delivery.stale-after.telegram", () -> "10s");
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

    @Autowired
    CamelContext camel;

    @Test
    void anOutageLongerThanTheOldBudgetLosesNoReplyAndOnlyProbesReachThePlatform() throws Exception {
        NotifyBuilder ticketPublished = new NotifyBuilder(camel).fromRoute(TicketPublishRoute.ROUTE_ID).whenDone(1)
                .create();
        Instant outageStart = Instant.now();
        TELEGRAM.failSendsFor(OUTAGE, FakeTelegramServer.serverError());
        ask(8100, "How do I enable 2FA on my account?");
        await().atMost(Duration.ofSeconds(10)).until(() -> callsSince(outageStart).size() >= BREAKER_FAILURES);
        // asked 8 s into the outage: not too old yet when it ends, unlike the first (too old after 10 s)
        Thread.sleep(Duration.between(Instant.now(), outageStart.plusSeconds(8)).toMillis());
        List<Long> chats = List.of(8101L, 8102L, 8103L, 8104L);
        for (long chat : chats) {
            ask(chat, "How do I enable 2FA on my account?");
        }
        ask(8101, "How long does a withdrawal take?");

        for (long chat : chats) {
            await().atMost(Duration.ofSeconds(40)).until(() -> !TELEGRAM.sentTo(Long.toString(chat)).isEmpty());
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> TELEGRAM.sentTo("8101").size() == 2);

        List<Instant> duringOutage = callsSince(outageStart).stream()
                .filter(call -> call.isBefore(outageStart.plus(OUTAGE))).toList();
        List<Instant> probes = duringOutage.subList(BREAKER_FAILURES, duringOutage.size());
        for (int i = 1; i < probes.size(); i++) {
            assertThat(Duration.between(probes.get(i - 1), probes.get(i)))
                    .as("after the breaker opened, one probe at a time, at least %s apart", PROBE_MIN)
                    .isGreaterThanOrEqualTo(PROBE_MIN.minus(SLACK));
        }
        assertThat(duringOutage.size()).as("5 waiting replies and their retries, yet only probes")
                .isLessThanOrEqualTo(BREAKER_FAILURES + (int) (OUTAGE.toMillis() / PROBE_MIN.toMillis()));
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() ->
                chats.stream().allMatch(chat -> TELEGRAM.sentTo(Long.toString(chat)).size() == (chat == 8101 ? 2 : 1)));
        assertThat(TELEGRAM.sentTo("8101")).extracting(SentMessage::replyToMessageId)
                .as("a chat's replies in the order asked").isSorted();

        OutboxEntry stale = await().atMost(Duration.ofSeconds(20)).until(() -> entryFor("8100"),
                entry -> entry.getStatus() == OutboxStatus.EXPIRED);
        assertThat(stale.getLastError()).contains("not sent", "telegram");
        assertThat(TELEGRAM.sentTo("8100")).as("too old to send after the outage").isEmpty();
        assertThat(escalatedBecauseNotDelivered("8100")).as("its thread is with staff, saying why").isTrue();
        assertThat(ticketPublished.matches(10, TimeUnit.SECONDS)).as("its ticket announced on the ticket queue").isTrue();
        assertThat(outbox.findAll()).filteredOn(e -> e.getStatus() == OutboxStatus.FAILED).isEmpty();
    }

    @Test
    void aRateLimitWindowIsHonouredForEveryChat() throws Exception {
        Instant windowStart = Instant.now();
        Duration window = Duration.ofSeconds(8);
        TELEGRAM.failSendsFor(window, FakeTelegramServer.tooManyRequests(2));
        List<Long> chats = List.of(8201L, 8202L, 8203L, 8204L, 8205L);
        for (long chat : chats) {
            ask(chat, "How do I enable 2FA on my account?");
        }

        for (long chat : chats) {
            await().atMost(Duration.ofSeconds(30)).until(() -> TELEGRAM.sentTo(Long.toString(chat)).size() == 1);
        }
        List<Instant> limited = callsSince(windowStart).stream()
                .filter(call -> call.isBefore(windowStart.plus(window))).toList();
        // The outbox sends to several chats at once: the calls that were under way when the first 429 came back
        // arrive together, a wave; after it, nothing to any chat until retry_after has passed.
        List<List<Instant>> waves = waves(limited);
        assertThat(waves).as("rate-limited, then probed after retry_after").hasSizeGreaterThanOrEqualTo(2);
        assertThat(waves.get(0)).as("the calls under way at the first 429: at most one per sender")
                .hasSizeLessThanOrEqualTo(OUTBOX_SENDERS);
        for (int i = 1; i < waves.size(); i++) {
            List<Instant> before = waves.get(i - 1);
            assertThat(Duration.between(before.get(before.size() - 1), waves.get(i).get(0)))
                    .as("nothing, to any chat, before retry_after").isGreaterThanOrEqualTo(Duration.ofSeconds(2).minus(SLACK));
        }
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() -> chats.stream()
                .allMatch(chat -> TELEGRAM.sentTo(Long.toString(chat)).size() == 1));
    }

    /** Calls less than {@link #WAVE} apart, together. */
    private static List<List<Instant>> waves(List<Instant> calls) {
        List<List<Instant>> waves = new ArrayList<>();
        for (Instant call : calls) {
            List<Instant> last = waves.isEmpty() ? null : waves.get(waves.size() - 1);
            if (last == null || Duration.between(last.get(last.size() - 1), call).compareTo(WAVE) >= 0) {
                waves.add(new ArrayList<>(List.of(call)));
            } else {
                last.add(call);
            }
        }
        return waves;
    }

    private static List<Instant> callsSince(Instant start) {
        return TELEGRAM.sendCalls().stream().filter(call -> !call.isBefore(start)).toList();
    }

    private OutboxEntry entryFor(String chatId) {
        return outbox.findAll().stream().filter(e -> e.getChatId().equals(chatId)).findFirst().orElse(null);
    }

    private boolean escalatedBecauseNotDelivered(String chatId) {
        Integer tickets = jdbc.queryForObject("select count(*) from ticket t join support_thread s on t.thread_id = s.id"
                + " where s.chat_id = ? and (t.reason = 'reply-not-delivered' or exists (select 1 from ticket_event e"
                + " where e.ticket_id = t.id and e.action = 'reply-not-delivered'))", Integer.class, chatId);
        return tickets != null && tickets == 1;
    }

    private void ask(long chat, String text) throws Exception {
        String update = TelegramUpdates.privateText(TELEGRAM.nextUpdateId(), TELEGRAM.nextUpdateId(), chat, "en", text);
        assertThat(FlowTestSupport.postWebhook(port, "/webhooks/telegram", "X-Telegram-Bot-Api-Secret-Token",
                FlowTestSupport.WEBHOOK_SECRET, update.getBytes(StandardCharsets.UTF_8))).isEqualTo(200);
    }
}
