package io.switchboard.connector.webchat.transport;

import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import io.switchboard.testing.chat.JsonSocketListener;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A widget as the tests drive it: the JDK's HTTP and WebSocket clients speaking the visitor protocol. */
final class ChatClient {

    static final String SHOP = "https://shop.example";
    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newHttpClient();

    private final int port;
    final String token;
    final String visitor;

    private ChatClient(int port, JsonNode session) {
        this.port = port;
        this.token = session.get("token").asText();
        this.visitor = session.get("visitor").asText();
    }

    static ChatClient open(int port) throws Exception {
        return new ChatClient(port, JSON.readTree(session(port, "{}").body()));
    }

    static HttpResponse<String> session(int port, String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/chat/session"))
                .header("Content-Type", "application/json").header("Origin", SHOP)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    Socket connect(String query) {
        return connect(query, SHOP);
    }

    Socket connect(String query, String origin) {
        Socket socket = new Socket();
        socket.ws = HTTP.newWebSocketBuilder().header("Origin", origin)
                .buildAsync(URI.create("ws://localhost:" + port + "/chat/ws?token=" + token + query), socket).join();
        socket.awaitMessage(m -> m.path("type").asText().equals("ready"));
        return socket;
    }

    /** One open socket, and everything it received, in order. */
    static final class Socket extends JsonSocketListener {

        final List<JsonNode> received = new CopyOnWriteArrayList<>();
        WebSocket ws;

        @Override
        protected void message(JsonNode message, long arrivedNanos) {
            received.add(message);
        }

        void send(String json) {
            ws.sendText(json, true).join();
        }

        JsonNode awaitMessage(Predicate<JsonNode> which) {
            await().atMost(Duration.ofSeconds(10)).until(() -> received.stream().anyMatch(which));
            return received.stream().filter(which).findFirst().orElseThrow();
        }

        List<Long> frameSeqs() {
            return received.stream().filter(m -> m.path("type").asText().equals("frame"))
                    .map(m -> m.get("frame").get("seq").asLong()).toList();
        }

        void close() {
            ws.sendClose(WebSocket.NORMAL_CLOSURE, "bye").join();
        }
    }

    static Predicate<JsonNode> ackOf(String clientId) {
        return m -> m.path("type").asText().equals("ack") && m.path("clientId").asText().equals(clientId);
    }

    static Predicate<JsonNode> frameWith(String text) {
        return m -> m.path("type").asText().equals("frame") && m.get("frame").path("text").asText().equals(text);
    }

    static Predicate<JsonNode> errorOf(String code) {
        return m -> m.path("type").asText().equals("error") && m.path("code").asText().equals(code);
    }
}
