package io.switchboard.bench;

import io.switchboard.bench.VisitorSocket.Arrived;
import io.switchboard.core.livechat.ChatSignal;
import io.switchboard.core.livechat.ChatSignals;
import io.switchboard.core.livechat.LiveChat;
import io.switchboard.core.livechat.LiveChats;
import io.switchboard.core.ticket.TicketCategory;
import io.switchboard.testing.ApplicationSettings;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * The live chat under many open widgets: {@code --chat-connections} visitors connect at once (the visitor protocol's
 * session, then its WebSocket, with the JDK's client) and stay connected; {@code --chat-sample} of them ask for a
 * human and are taken by one agent; then each round every sampled visitor sends a message and the agent answers
 * each through the staff API. Measured: visitor to agent (the message sent on the socket until the signal that
 * feeds the agents' consoles is told, i.e. the message is stored and every console would read it), agent to visitor
 * (the reply posted to the staff API until the visitor's socket receives it as an AGENT frame, through the outbox
 * and the gateway), and the baseline: a ping answered by a pong on the same sockets, what the WebSocket and the
 * server's handler cost without storage and pipeline. And the heap each open connection takes.
 */
final class WebchatBench {

    static final String AGENT = "bench-agent";
    static final String HUMAN = "Talk to a human";
    private static final Duration WAIT = Duration.ofSeconds(60);

    private final BenchOptions options;
    private final HttpClient http = HttpClient.newHttpClient();
    private final String agentPassword = "bench-" + UUID.randomUUID();
    private final Map<String, Long> toldAt = new HashMap<>();

    WebchatBench(BenchOptions options) {
        this.options = options;
    }

    WebchatRun run(AppUnderTest app) throws Exception {
        int connections = options.chatConnections();
        System.out.printf(Locale.ROOT, "Live chat: %d visitor WebSockets, %d of them handed off to %s%n",
                connections, options.chatSample(), AGENT);
        staffAnAgent(app);
        long before = heapUsedAfterGc();
        List<VisitorSocket> visitors = connect(app, connections);
        long after = heapUsedAfterGc();
        try (ChatSignals.Subscription console = app.bean(ChatSignals.class).subscribe(this::told)) {
            List<VisitorSocket> sample = visitors.subList(0, options.chatSample());
            Map<VisitorSocket, Long> threads = handOff(app, sample);
            for (int r = 1; r <= options.warmupRounds(); r++) {
                round(app, threads, "live chat warm-up " + r + "/" + options.warmupRounds());
            }
            List<WebchatRound> rounds = new ArrayList<>();
            for (int r = 1; r <= options.rounds(); r++) {
                WebchatRound round = round(app, threads, "live chat round " + r + "/" + options.rounds());
                rounds.add(round);
                System.out.printf(Locale.ROOT, "live chat round %d/%d: visitor -> agent p50 %.1f ms p99 %.1f ms; "
                                + "agent -> visitor p50 %.1f ms p99 %.1f ms; ping p50 %.1f ms%n", r, options.rounds(),
                        round.visitorToAgent().p50() / 1e6, round.visitorToAgent().p99() / 1e6,
                        round.agentToVisitor().p50() / 1e6, round.agentToVisitor().p99() / 1e6,
                        round.baseline().p50() / 1e6);
            }
            return new WebchatRun(connections, heapPerConnection(before, after, connections), rounds);
        } finally {
            visitors.forEach(VisitorSocket::close);
        }
    }

    /** An agent who is online, so that a hand-off is queued for a person rather than answered by e-mail. */
    private void staffAnAgent(AppUnderTest app) throws Exception {
        asAdmin(app, "POST", "/api/staff", "{\"username\":\"" + AGENT + "\",\"displayName\":\"Bench Agent\","
                + "\"role\":\"agent\",\"password\":\"" + agentPassword + "\"}", 201);
        asAdmin(app, "PUT", "/api/agents/" + AGENT, "{\"skills\":[" + Arrays.stream(TicketCategory.values())
                .map(category -> "\"" + category + "\"").collect(Collectors.joining(",")) + "],\"capacity\":100}", 200);
        asAdmin(app, "POST", "/api/agents/" + AGENT + "/online", null, 200);
    }

    private List<VisitorSocket> connect(AppUnderTest app, int connections) {
        AtomicInteger open = new AtomicInteger();
        List<CompletableFuture<VisitorSocket>> opening = new ArrayList<>();
        try (Progress progress = Progress.of("live chat", () -> open.get() + "/" + connections + " sockets ready")) {
            for (int i = 0; i < connections; i++) {
                opening.add(VisitorSocket.open(http, app).whenComplete((visitor, error) -> open.incrementAndGet()));
            }
            return opening.stream().map(CompletableFuture::join).toList();
        }
    }

    /** Each sampled visitor asks for a human and waits for its place in the queue; its thread, for the replies. */
    private Map<VisitorSocket, Long> handOff(AppUnderTest app, List<VisitorSocket> sample) throws Exception {
        sample.forEach(visitor -> visitor.say(HUMAN));
        LiveChats chats = app.bean(LiveChats.class);
        Map<VisitorSocket, Long> threads = new HashMap<>();
        for (VisitorSocket visitor : sample) {
            Arrived note = visitor.await(VisitorSocket.frame("SYSTEM", null), WAIT, "hand-off note");
            String code = note.json().path("frame").path("code").asText();
            if (!"queued".equals(code)) {
                throw new IllegalStateException("the hand-off was answered '" + code + "', not 'queued': is "
                        + AGENT + " online and are these business hours?");
            }
            LiveChat chat = chats.current(visitor.visitorKey()).orElseThrow();
            threads.put(visitor, app.jdbc().queryForObject("select thread_id from ticket where id = ?", Long.class,
                    chat.getTicketId()));
        }
        return threads;
    }

    private WebchatRound round(AppUnderTest app, Map<VisitorSocket, Long> threads, String label) throws Exception {
        threads.keySet().forEach(VisitorSocket::forget);
        try (Progress progress = Progress.of(label, () -> "waiting for the sockets")) {
            return new WebchatRound(visitorToAgent(threads.keySet().stream().toList()),
                    agentToVisitor(app, threads), baseline(threads.keySet().stream().toList()));
        }
    }

    private Figures visitorToAgent(List<VisitorSocket> sample) throws Exception {
        Map<VisitorSocket, Long> sent = new HashMap<>();
        Map<VisitorSocket, String> clientIds = new HashMap<>();
        for (VisitorSocket visitor : sample) {
            sent.put(visitor, System.nanoTime());
            clientIds.put(visitor, visitor.say("bench question " + UUID.randomUUID()));
        }
        long[] latencies = new long[sample.size()];
        long last = 0;
        for (int i = 0; i < sample.size(); i++) {
            VisitorSocket visitor = sample.get(i);
            long frame = visitor.await(VisitorSocket.ack(clientIds.get(visitor)), WAIT, "ack").json().path("frame")
                    .asLong();
            long told = awaitTold(visitor.visitorKey(), frame);
            latencies[i] = told - sent.get(visitor);
            last = Math.max(last, told);
        }
        return figures(sent.values(), last, latencies);
    }

    private Figures agentToVisitor(AppUnderTest app, Map<VisitorSocket, Long> threads) throws Exception {
        Map<VisitorSocket, Long> sent = new HashMap<>();
        Map<VisitorSocket, String> texts = new HashMap<>();
        List<CompletableFuture<HttpResponse<String>>> posts = new ArrayList<>();
        threads.forEach((visitor, thread) -> {
            String text = "bench reply " + UUID.randomUUID();
            texts.put(visitor, text);
            sent.put(visitor, System.nanoTime());
            posts.add(http.sendAsync(asAgent(app, "/api/threads/" + thread + "/replies")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"" + text + "\"}")).build(),
                    HttpResponse.BodyHandlers.ofString()));
        });
        for (CompletableFuture<HttpResponse<String>> post : posts) {
            expect(post.join(), 202, "POST /api/threads/{id}/replies");
        }
        long[] latencies = new long[threads.size()];
        long last = 0;
        int i = 0;
        for (VisitorSocket visitor : threads.keySet()) {
            long arrived = visitor.await(VisitorSocket.frame("AGENT", texts.get(visitor)), WAIT, "agent's reply")
                    .nanos();
            latencies[i++] = arrived - sent.get(visitor);
            last = Math.max(last, arrived);
        }
        return figures(sent.values(), last, latencies);
    }

    private Figures baseline(List<VisitorSocket> sample) throws Exception {
        long[] latencies = new long[sample.size()];
        long[] sent = new long[sample.size()];
        for (int i = 0; i < sample.size(); i++) {
            sent[i] = System.nanoTime();
            sample.get(i).ping();
        }
        long last = 0;
        for (int i = 0; i < sample.size(); i++) {
            long arrived = sample.get(i).await(VisitorSocket.type("pong"), WAIT, "pong").nanos();
            latencies[i] = arrived - sent[i];
            last = Math.max(last, arrived);
        }
        return figures(Arrays.stream(sent).boxed().toList(), last, latencies);
    }

    private static Figures figures(java.util.Collection<Long> sent, long last, long[] latencies) {
        long first = sent.stream().mapToLong(Long::longValue).min().orElse(last);
        return Figures.of(latencies.length, Duration.ofNanos(last - first), latencies);
    }

    /** The agents' consoles are fed by these signals: when one tells a frame, every console would read it. */
    private synchronized void told(ChatSignal signal) {
        if (signal.type() == ChatSignal.Type.FRAME) {
            toldAt.putIfAbsent(signal.visitorKey() + "#" + signal.seq(), System.nanoTime());
            notifyAll();
        }
    }

    private synchronized long awaitTold(String visitorKey, long seq) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        String key = visitorKey + "#" + seq;
        while (!toldAt.containsKey(key)) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new IllegalStateException(visitorKey + ": frame " + seq + " was never signalled to the consoles");
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return toldAt.remove(key);
    }

    /**
     * The heap one open connection takes: the growth of the heap used (after a full collection) over the
     * connections, divided among them; never negative.
     */
    static long heapPerConnection(long before, long after, int connections) {
        return Math.max(0, after - before) / connections;
    }

    private static long heapUsedAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private void asAdmin(AppUnderTest app, String method, String path, String json, int expected) throws Exception {
        HttpRequest request = basic(app, path, "admin", ApplicationSettings.ADMIN_PASSWORD)
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json))
                .build();
        expect(http.send(request, HttpResponse.BodyHandlers.ofString()), expected, method + " " + path);
    }

    private HttpRequest.Builder asAgent(AppUnderTest app, String path) {
        return basic(app, path, AGENT, agentPassword);
    }

    private static HttpRequest.Builder basic(AppUnderTest app, String path, String username, String password) {
        URI uri = app.uri(path);
        return HttpRequest.newBuilder(uri).header("Content-Type", "application/json").header("Authorization", "Basic "
                + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    private static void expect(HttpResponse<String> response, int status, String call) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(call + " answered " + response.statusCode() + ", not " + status + ": "
                    + response.body());
        }
    }
}
