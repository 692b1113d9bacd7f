package io.switchboard.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import io.switchboard.testing.chat.JsonSocketListener;

/**
 * One widget's connection as the visitor protocol has it ({@code POST /api/chat/session}, then the WebSocket
 * {@code /chat/ws?token=..}), with the JDK's client: what it sends, and each server object it receives with the
 * moment it arrived.
 */
final class VisitorSocket extends JsonSocketListener {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A server object and {@link System#nanoTime()} when its last part arrived. */
    record Arrived(JsonNode json, long nanos) {
    }

    private final String visitorKey;
    private final LinkedBlockingQueue<Arrived> inbox = new LinkedBlockingQueue<>();
    private final CompletableFuture<Void> ready = new CompletableFuture<>();
    private WebSocket socket;
    /** The JDK's client takes one send at a time: each waits for the one before. */
    private CompletableFuture<WebSocket> sending = CompletableFuture.completedFuture(null);
    private int clientSeq;

    private VisitorSocket(String visitorKey) {
        this.visitorKey = visitorKey;
    }

    /** A new anonymous visitor's session, then its socket, once the server said {@code ready}. */
    static CompletableFuture<VisitorSocket> open(HttpClient http, AppUnderTest app) {
        HttpRequest session = HttpRequest.newBuilder(app.uri("/api/chat/session"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"lang\":\"en\"}")).build();
        return http.sendAsync(session, HttpResponse.BodyHandlers.ofString()).thenCompose(response -> {
            if (response.statusCode() != 200) {
                throw new IllegalStateException("POST /api/chat/session answered " + response.statusCode() + ": "
                        + response.body());
            }
            JsonNode body = read(response.body());
            VisitorSocket visitor = new VisitorSocket(body.path("visitor").asText());
            URI ws = URI.create(app.uri("/chat/ws?token=" + URLEncoder.encode(body.path("token").asText(),
                    StandardCharsets.UTF_8)).toString().replaceFirst("^http", "ws"));
            // the application's own origin is always allowed
            return http.newWebSocketBuilder().header("Origin", app.uri("").toString()).buildAsync(ws, visitor)
                    .thenCompose(socket -> visitor.ready).thenApply(nothing -> visitor);
        });
    }

    String visitorKey() {
        return visitorKey;
    }

    /** Sends a message; {@return its client id, which the server's ack names} */
    synchronized String say(String text) {
        String clientId = "c-" + visitorKey.hashCode() + "-" + (++clientSeq);
        send(Map.of("type", "message", "clientId", clientId, "seq", clientSeq, "text", text));
        return clientId;
    }

    synchronized void ping() {
        send(Map.of("type", "ping"));
    }

    private void send(Map<String, Object> message) {
        String text;
        try {
            text = JSON.writeValueAsString(message);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        sending = sending.thenCompose(previous -> socket.sendText(text, true));
    }

    /** Forgets what arrived so far: the history and frames a measurement does not wait for. */
    void forget() {
        inbox.clear();
    }

    /**
     * Waits for the first server object that {@code wanted} accepts; the ones before it are dropped.
     *
     * @throws IllegalStateException when none came within {@code limit}
     */
    Arrived await(Predicate<JsonNode> wanted, Duration limit, String what) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (true) {
            Arrived next = inbox.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (next == null) {
                throw new IllegalStateException(visitorKey + ": no " + what + " within " + limit);
            }
            if (wanted.test(next.json())) {
                return next;
            }
        }
    }

    void close() {
        sending.thenCompose(previous -> socket.sendClose(WebSocket.NORMAL_CLOSURE, "bench done"));
    }

    @Override
    public void onOpen(WebSocket webSocket) {
        socket = webSocket;
        webSocket.request(1);
    }

    @Override
    protected void message(JsonNode json, long arrivedNanos) {
        if ("ready".equals(json.path("type").asText())) {
            ready.complete(null);
        } else {
            inbox.add(new Arrived(json, arrivedNanos));
        }
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        ready.completeExceptionally(new IllegalStateException(visitorKey + ": the server closed the socket ("
                + statusCode + " " + reason + ") before ready"));
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        ready.completeExceptionally(error);
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("not JSON from the server: " + json, e);
        }
    }

    /** Whether a server object is a frame of this kind (and, for a SYSTEM frame, of this code). */
    static Predicate<JsonNode> frame(String kind, String codeOrText) {
        return json -> "frame".equals(json.path("type").asText())
                && kind.equals(json.path("frame").path("kind").asText())
                && (codeOrText == null || codeOrText.equals(json.path("frame").path("code").asText())
                        || codeOrText.equals(json.path("frame").path("text").asText()));
    }

    static Predicate<JsonNode> ack(String clientId) {
        return json -> "ack".equals(json.path("type").asText()) && clientId.equals(json.path("clientId").asText());
    }

    static Predicate<JsonNode> type(String type) {
        return json -> type.equals(json.path("type").asText());
    }
}
