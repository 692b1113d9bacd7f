package io.switchboard.flow;

import io.switchboard.testing.FakeTelegramServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Telegram's side of a webhook burst: clients posting updates at once, and what each delivery was
 * answered. Telegram treats anything but a 200 (another status, a refused connection, a broken
 * one) as not delivered and delivers the update again later.
 */
final class WebhookBurst {

    /** One update as Telegram would post it. */
    record Update(long id, String json) {
    }

    /** An HTTP answer other than 200, with its {@code Retry-After} header (null when none). */
    record Refusal(long updateId, int status, String retryAfter) {
    }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    private final Set<Long> acknowledged = ConcurrentHashMap.newKeySet();
    private final List<Refusal> refusals = new ArrayList<>();
    private final AtomicInteger unanswered = new AtomicInteger();

    /**
     * Posts the updates {@code next} hands out (null: none left) from {@code clients} threads until
     * it runs out; returns when every client finished.
     */
    void post(int port, int clients, Supplier<Update> next) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                running.add(pool.submit(() -> {
                    for (Update update = next.get(); update != null; update = next.get()) {
                        deliver(port, update);
                    }
                    return null;
                }));
            }
            for (Future<?> client : running) {
                client.get(5, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Posts each update once, from {@code clients} threads. */
    void postEach(int port, int clients, List<Update> updates) throws Exception {
        AtomicInteger taken = new AtomicInteger();
        post(port, clients, () -> {
            int index = taken.getAndIncrement();
            return index < updates.size() ? updates.get(index) : null;
        });
    }

    /** Like Telegram: posts every update not yet acknowledged again, a moment later, until each got a 200. */
    void postUntilAcknowledged(int port, int clients, List<Update> updates) throws Exception {
        postEach(port, clients, updates);
        for (int round = 0; !unacknowledged(updates).isEmpty(); round++) {
            if (round == 30) {
                throw new AssertionError("never acknowledged: " + unacknowledged(updates));
            }
            Thread.sleep(500);
            postEach(port, clients, unacknowledged(updates));
        }
    }

    private void deliver(int port, Update update) throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/webhooks/telegram"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("X-Telegram-Bot-Api-Secret-Token", FlowTestSupport.WEBHOOK_SECRET)
                .POST(HttpRequest.BodyPublishers.ofString(update.json()))
                .build();
        try {
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() == 200) {
                acknowledged.add(update.id());
                return;
            }
            synchronized (refusals) {
                refusals.add(new Refusal(update.id(), response.statusCode(),
                        response.headers().firstValue("Retry-After").orElse(null)));
            }
        } catch (IOException e) {
            // refused or broken connection: no answer, so not delivered
            unanswered.incrementAndGet();
            Thread.sleep(10);
        }
    }

    List<Update> unacknowledged(List<Update> updates) {
        return updates.stream().filter(update -> !acknowledged.contains(update.id())).toList();
    }

    int acknowledgedCount() {
        return acknowledged.size();
    }

    Set<Long> acknowledged() {
        return Set.copyOf(acknowledged);
    }

    List<Refusal> refusals() {
        synchronized (refusals) {
            return List.copyOf(refusals);
        }
    }

    /** Deliveries that got no HTTP answer at all. */
    int unanswered() {
        return unanswered.get();
    }

    /** The bot's messages per chat, as the fake Bot API received them. */
    static Map<String, Long> repliesPerChat(FakeTelegramServer telegram) {
        return telegram.sentMessages().stream()
                .collect(Collectors.groupingBy(FakeTelegramServer.SentMessage::chatId, Collectors.counting()));
    }
}
