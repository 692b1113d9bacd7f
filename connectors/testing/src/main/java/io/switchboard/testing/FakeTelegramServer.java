package io.switchboard.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * A Telegram Bot API server on 127.0.0.1 that behaves like the real one where Switchboard relies
 * on it: {@code getUpdates} long-polls and forgets updates below the offset a client confirmed
 * (so a restarted bot gets the unconfirmed ones again), {@code sendMessage} answers with a new
 * message id, the moderation methods ({@code deleteMessage}, {@code restrictChatMember},
 * {@code banChatMember}, {@code unbanChatMember}) answer {@code true} as to an admin bot, and
 * Telegram's own 400s where the chat does not allow them, and scripted
 * failures answer with Telegram's real error JSON. An outage ({@link #failSendsFor}) answers every
 * sendMessage with a 502 or a 429 for a while; every sendMessage call is counted, answered or not.
 * A message's inline keyboard ({@code reply_markup}) is kept with it ({@link SentMessage#buttons}),
 * and {@code answerCallbackQuery} answers {@code true} and is recorded. With {@link #enforceLimits()} it keeps
 * Telegram's send limits as Telegram does, answering a 429 with {@code retry_after} past them ({@link SendLimits}).
 */
public final class FakeTelegramServer implements AutoCloseable {

    public static final String TOKEN = "123456:TEST-token";
    public static final long BOT_ID = 999;
    public static final String BOT_USERNAME = "NovaExSupportBot";

    /**
     * A message the bot sent, as the server received it.
     *
     * @param messageId the id the server gave it
     */
    public record SentMessage(String chatId, String text, Integer replyToMessageId, Integer messageThreadId,
            JsonNode request, int messageId) {

        /** The inline keyboard's buttons, row after row: what the member can press. */
        public List<Button> buttons() {
            List<Button> buttons = new ArrayList<>();
            request.path("reply_markup").path("inline_keyboard").forEach(row -> row.forEach(button ->
                    buttons.add(new Button(button.path("text").asText(), button.path("callback_data").asText()))));
            return buttons;
        }
    }

    /** An inline keyboard button: its label and the {@code callback_data} Telegram sends back when pressed. */
    public record Button(String text, String callbackData) {
    }

    /** A moderation call the server accepted: the method (as Telegram spells it) and its JSON request. */
    public record ModerationCall(String method, String chatId, Long userId, Integer messageId, JsonNode request) {
    }

    /** A pinChatMessage, unpinChatMessage, editMessageText or deleteMessage call on one of the bot's messages. */
    public record MessageCall(String method, String chatId, int messageId, String text) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final MockResponse NORMAL_SERVICE = new MockResponse();

    private static final Map<String, String> MODERATION_METHODS = Map.of("deletemessage", "deleteMessage",
            "restrictchatmember", "restrictChatMember", "banchatmember", "banChatMember",
            "unbanchatmember", "unbanChatMember");

    private final MockWebServer server = new MockWebServer();
    private final TreeMap<Long, String> pendingUpdates = new TreeMap<>();
    private final List<SentMessage> sent = new ArrayList<>();
    private final List<MessageCall> messageCalls = new ArrayList<>();
    private final Deque<MockResponse> scriptedSendResponses = new ArrayDeque<>();
    private final List<ModerationCall> moderationCalls = new ArrayList<>();
    private final Deque<MockResponse> scriptedModerationResponses = new ArrayDeque<>();
    private final AtomicInteger nextMessageId = new AtomicInteger(5000);
    private final List<Instant> sendCalls = new ArrayList<>();
    private final List<String> answeredCallbackQueries = new ArrayList<>();
    private SendLimits limits;
    private MockResponse outageAnswer;
    private Instant outageUntil = Instant.MIN;
    private long lastUpdateId;
    private final Object lock = new Object();

    /** A server started on 127.0.0.1, for static fields and the bench, where a checked exception cannot go. */
    public static FakeTelegramServer start() {
        try {
            return new FakeTelegramServer();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public FakeTelegramServer() throws IOException {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
                return handle(request);
            }
        });
        server.start(java.net.InetAddress.getLoopbackAddress(), 0);
    }

    /** The base URL to configure as {@code switchboard.telegram.api-url}. */
    public String apiUrl() {
        return "http://127.0.0.1:" + server.getPort();
    }

    /** Makes an update available to getUpdates, like a user writing to the bot. */
    public void publish(long updateId, String updateJson) {
        synchronized (lock) {
            pendingUpdates.put(updateId, updateJson);
            lastUpdateId = Math.max(lastUpdateId, updateId);
            lock.notifyAll();
        }
    }

    /**
     * An id above every update published so far. Telegram's update ids only grow, and asking with
     * an offset confirms every lower one: an update published later with a lower id would count as
     * confirmed and never be delivered, so tests that run in any order take their ids from here.
     */
    public long nextUpdateId() {
        synchronized (lock) {
            return ++lastUpdateId;
        }
    }

    /** The next sendMessage calls answer with these responses, in order, before normal service resumes. */
    public void scriptSendFailures(MockResponse... responses) {
        synchronized (lock) {
            scriptedSendResponses.addAll(List.of(responses));
        }
    }

    /**
     * Every sendMessage answers {@code answer} ({@link #serverError()}, {@link #tooManyRequests})
     * from now for {@code period}, then normal service resumes.
     */
    public void failSendsFor(Duration period, MockResponse answer) {
        synchronized (lock) {
            outageAnswer = answer;
            outageUntil = Instant.now().plus(period);
        }
    }

    /**
     * From now on sendMessage keeps Telegram's limits (30 a second per bot, 1 a second per private chat, 20 a
     * minute per group) and answers past them with Telegram's 429. Off by default: tests that send bursts to one
     * chat without a throttle in front keep their meaning.
     */
    public void enforceLimits() {
        synchronized (lock) {
            limits = new SendLimits();
        }
    }

    /** How many sendMessage calls were answered 429 for going past {@link #enforceLimits() the limits}. */
    public int tooManyRequestsAnswered() {
        synchronized (lock) {
            return limits == null ? 0 : limits.refused();
        }
    }

    /** When each sendMessage call came in, whatever it was answered, in order. */
    public List<Instant> sendCalls() {
        synchronized (lock) {
            return List.copyOf(sendCalls);
        }
    }

    /** The next moderation calls answer with these responses, in order, before normal service resumes. */
    public void scriptModerationFailures(MockResponse... responses) {
        synchronized (lock) {
            scriptedModerationResponses.addAll(List.of(responses));
        }
    }

    /** What Telegram answers a ban or restriction when the bot is not an admin with the right to ban users. */
    public static MockResponse notEnoughRights() {
        return badRequest("not enough rights to restrict/unrestrict chat member");
    }

    public List<ModerationCall> moderationCalls() {
        synchronized (lock) {
            return List.copyOf(moderationCalls);
        }
    }

    /** In {@link #scriptSendFailures}: this call is answered normally. */
    public static MockResponse normalService() {
        return NORMAL_SERVICE;
    }

    public static MockResponse tooManyRequests(int retryAfterSeconds) {
        return json(429, "{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: retry after "
                + retryAfterSeconds + "\",\"parameters\":{\"retry_after\":" + retryAfterSeconds + "}}");
    }

    public static MockResponse serverError() {
        return json(502, "{\"ok\":false,\"error_code\":502,\"description\":\"Bad Gateway\"}");
    }

    /** A 502 from a proxy in front of the Bot API that names the URL it could not reach, token and all. */
    public static MockResponse proxyErrorNamingTheUrl() {
        return json(502, "{\"ok\":false,\"error_code\":502,\"description\":\"Bad Gateway: upstream"
                + " https://api.telegram.org/bot" + TOKEN + "/sendMessage timed out\"}");
    }

    public List<SentMessage> sentMessages() {
        synchronized (lock) {
            return List.copyOf(sent);
        }
    }

    /** The pins, edits and deletions of the bot's messages, in order. */
    public List<MessageCall> messageCalls(String method) {
        synchronized (lock) {
            return messageCalls.stream().filter(call -> call.method().equals(method)).toList();
        }
    }

    public List<SentMessage> sentTo(String chatId) {
        return sentMessages().stream().filter(m -> m.chatId().equals(chatId)).toList();
    }

    /** The ids of the callback queries the bot answered, in order (a query answered twice is listed twice). */
    public List<String> answeredCallbackQueries() {
        synchronized (lock) {
            return List.copyOf(answeredCallbackQueries);
        }
    }

    /** Updates that no client has confirmed yet. */
    public int unconfirmedUpdates() {
        synchronized (lock) {
            return pendingUpdates.size();
        }
    }

    private MockResponse handle(RecordedRequest request) throws InterruptedException {
        String path = request.getPath() == null ? "" : request.getPath();
        if (!path.startsWith("/bot" + TOKEN + "/")) {
            return json(401, "{\"ok\":false,\"error_code\":401,\"description\":\"Unauthorized\"}");
        }
        // Method names are case-insensitive on Telegram, and TelegramBots lowercases some of them.
        String method = path.substring(("/bot" + TOKEN + "/").length()).split("\\?")[0].toLowerCase(Locale.ROOT);
        JsonNode body = parseBody(request);
        return switch (method) {
            case "getme" -> ok("{\"id\":" + BOT_ID + ",\"is_bot\":true,\"first_name\":\"NovaEx Support\",\"username\":\""
                    + BOT_USERNAME + "\"}");
            case "getupdates" -> getUpdates(body);
            case "sendmessage" -> sendMessage(body);
            case "setwebhook", "deletewebhook" -> ok("true");
            case "deletemessage", "restrictchatmember", "banchatmember", "unbanchatmember" -> moderate(method, body);
            case "pinchatmessage", "unpinchatmessage" -> messageCall(method, body, false);
            case "editmessagetext" -> messageCall(method, body, true);
            case "answercallbackquery" -> answerCallbackQuery(body);
            default -> json(404, "{\"ok\":false,\"error_code\":404,\"description\":\"Not Found\"}");
        };
    }

    private MockResponse getUpdates(JsonNode body) throws InterruptedException {
        long offset = body.path("offset").asLong(0);
        long timeoutMillis = Math.min(Duration.ofSeconds(body.path("timeout").asLong(0)).toMillis(), 500);
        synchronized (lock) {
            // Like the real server: asking with an offset confirms every update below it.
            pendingUpdates.headMap(offset).clear();
            if (pendingUpdates.isEmpty() && timeoutMillis > 0) {
                lock.wait(timeoutMillis);
            }
            ArrayNode result = JSON.createArrayNode();
            pendingUpdates.values().stream().limit(body.path("limit").asInt(100)).forEach(json -> {
                try {
                    result.add(JSON.readTree(json));
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });
            return ok(result.toString());
        }
    }

    private MockResponse sendMessage(JsonNode body) {
        synchronized (lock) {
            Instant now = Instant.now();
            sendCalls.add(now);
            if (now.isBefore(outageUntil)) {
                return outageAnswer;
            }
            if (!scriptedSendResponses.isEmpty()) {
                MockResponse scripted = scriptedSendResponses.poll();
                if (scripted != NORMAL_SERVICE) {
                    return scripted;
                }
            }
            String chatId = body.path("chat_id").asText();
            if (limits != null) {
                Duration wait = limits.admit(chatId, now);
                if (!wait.isZero()) {
                    return tooManyRequests((int) Math.max(1, (wait.toMillis() + 999) / 1000));
                }
            }
            JsonNode reply = body.path("reply_parameters");
            int messageId = nextMessageId.incrementAndGet();
            sent.add(new SentMessage(chatId, body.path("text").asText(),
                    reply.has("message_id") ? reply.get("message_id").asInt() : null,
                    body.has("message_thread_id") ? body.get("message_thread_id").asInt() : null, body, messageId));
            ObjectNode message = JSON.createObjectNode();
            message.put("message_id", messageId);
            message.put("date", System.currentTimeMillis() / 1000);
            message.putObject("chat").put("id", Long.parseLong(chatId)).put("type", "private");
            message.put("text", body.path("text").asText());
            return ok(message.toString());
        }
    }

    /** Telegram's 400 for a query without an id; any other is answered. */
    private MockResponse answerCallbackQuery(JsonNode body) {
        String id = body.path("callback_query_id").asText("");
        if (id.isEmpty()) {
            return badRequest("query is too old and response timeout expired or query ID is invalid");
        }
        synchronized (lock) {
            answeredCallbackQueries.add(id);
        }
        return ok("true");
    }

    /** Telegram's checks: a group for bans and restrictions, a supergroup for restrictions; the bot is an admin. */
    private MockResponse moderate(String method, JsonNode body) {
        synchronized (lock) {
            if (!scriptedModerationResponses.isEmpty()) {
                return scriptedModerationResponses.poll();
            }
            String chatId = body.path("chat_id").asText();
            boolean group = chatId.startsWith("-");
            if (!group && !"deletemessage".equals(method)) {
                return badRequest("method is available for supergroup and channel chats only");
            }
            if ("restrictchatmember".equals(method) && !chatId.startsWith("-100")) {
                return badRequest("method is available only for supergroups");
            }
            moderationCalls.add(new ModerationCall(MODERATION_METHODS.get(method), chatId,
                    body.has("user_id") ? body.get("user_id").asLong() : null,
                    body.has("message_id") ? body.get("message_id").asInt() : null, body));
            if ("deletemessage".equals(method)) {
                // a deletion is also a call on one of the bot's messages when it deletes its own announcement
                messageCalls.add(new MessageCall(method, chatId, body.path("message_id").asInt(), null));
            }
            return ok("true");
        }
    }

    private static MockResponse badRequest(String description) {
        return json(400, "{\"ok\":false,\"error_code\":400,\"description\":\"Bad Request: " + description + "\"}");
    }

    /** Records the call; an edit answers with the edited message, a pin or a deletion with true. */
    private MockResponse messageCall(String method, JsonNode body, boolean edit) {
        synchronized (lock) {
            String chatId = body.path("chat_id").asText();
            int messageId = body.path("message_id").asInt();
            messageCalls.add(new MessageCall(method, chatId, messageId, body.path("text").asText(null)));
            if (!edit) {
                return ok("true");
            }
            ObjectNode message = JSON.createObjectNode();
            message.put("message_id", messageId);
            message.put("date", System.currentTimeMillis() / 1000);
            message.put("edit_date", System.currentTimeMillis() / 1000);
            message.putObject("chat").put("id", Long.parseLong(chatId)).put("type", "channel");
            message.put("text", body.path("text").asText());
            return ok(message.toString());
        }
    }

    private static JsonNode parseBody(RecordedRequest request) {
        String body = request.getBody().readUtf8();
        if (body.isBlank()) {
            return JSON.createObjectNode();
        }
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            // Form-encoded or multipart requests are not used by the connector.
            return JSON.createObjectNode();
        }
    }

    private static MockResponse ok(String resultJson) {
        return json(200, "{\"ok\":true,\"result\":" + resultJson + "}");
    }

    private static MockResponse json(int status, String body) {
        return new MockResponse().setResponseCode(status).setHeader("Content-Type", "application/json").setBody(body);
    }

    @Override
    public void close() throws IOException {
        synchronized (lock) {
            lock.notifyAll();
        }
        server.shutdown();
    }
}
