package io.switchboard.connector.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * A Bot API server on 127.0.0.1 that keeps pending updates as Telegram does: getUpdates returns
 * those at or above the offset and forgets (confirms) those below it. getMe, deleteWebhook and
 * setWebhook succeed. The next answers to any method can be scripted (429, 5xx, slow ones...).
 */
final class FakeBotApi extends Dispatcher implements AutoCloseable {

    record Call(String method, String path, String body) {
        JsonNode json() {
            return TestBot.parse(body);
        }
    }

    private final MockWebServer server = new MockWebServer();
    private final List<ObjectNode> pending = new ArrayList<>();
    private final Map<String, Deque<MockResponse>> scripted = new HashMap<>();
    private final List<Call> calls = new CopyOnWriteArrayList<>();

    FakeBotApi() {
        server.setDispatcher(this);
        try {
            server.start(InetAddress.getByName("127.0.0.1"), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.getPort());
    }

    synchronized void addUpdates(ObjectNode... updates) {
        pending.addAll(List.of(updates));
    }

    /**
     * The next call of {@code method} gets {@code response} (getUpdates: instead of the pending
     * updates). Method names are case-insensitive, as on Telegram.
     */
    synchronized void answerNext(String method, MockResponse response) {
        scripted.computeIfAbsent(method.toLowerCase(Locale.ROOT), name -> new ArrayDeque<>()).add(response);
    }

    List<Call> calls() {
        return List.copyOf(calls);
    }

    List<Call> calls(String method) {
        return calls.stream().filter(call -> call.method().equalsIgnoreCase(method)).toList();
    }

    @Override
    public synchronized MockResponse dispatch(RecordedRequest request) {
        String path = request.getPath();
        String method = path.substring(path.lastIndexOf('/') + 1);
        String body = request.getBody().clone().readUtf8();
        calls.add(new Call(method, path, body));
        Deque<MockResponse> next = scripted.get(method.toLowerCase(Locale.ROOT));
        if (next != null && !next.isEmpty()) {
            return next.poll();
        }
        return switch (method.toLowerCase(Locale.ROOT)) {
            case "getupdates" -> getUpdates(body);
            case "getme" -> ok(TestBot.json(Map.of("id", TestBot.ID, "is_bot", true,
                    "first_name", "Exchange Help", "username", TestBot.USERNAME)));
            case "deletewebhook", "setwebhook" -> ok("true");
            default -> error(404, "Not Found: method not found");
        };
    }

    private MockResponse getUpdates(String body) {
        JsonNode offset = TestBot.parse(body).get("offset");
        if (offset != null) {
            pending.removeIf(update -> update.get("update_id").asLong() < offset.asLong());
        }
        if (pending.isEmpty()) {
            // a real long poll holds the request; a short pause keeps a polling loop from spinning
            return ok("[]").setHeadersDelay(100, TimeUnit.MILLISECONDS);
        }
        return ok(pending.toString());
    }

    static MockResponse ok(String resultJson) {
        return new MockResponse().setHeader("Content-Type", "application/json")
                .setBody("{\"ok\":true,\"result\":" + resultJson + "}");
    }

    static MockResponse error(int code, String description) {
        return new MockResponse().setResponseCode(code).setHeader("Content-Type", "application/json")
                .setBody("{\"ok\":false,\"error_code\":" + code + ",\"description\":\"" + description + "\"}");
    }

    static MockResponse tooManyRequests(int retryAfterSeconds) {
        return new MockResponse().setResponseCode(429).setHeader("Content-Type", "application/json")
                .setBody("{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: retry after "
                        + retryAfterSeconds + "\",\"parameters\":{\"retry_after\":" + retryAfterSeconds + "}}");
    }

    @Override
    public void close() throws IOException {
        server.shutdown();
    }
}
