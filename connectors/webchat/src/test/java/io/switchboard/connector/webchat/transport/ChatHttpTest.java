package io.switchboard.connector.webchat.transport;

import static io.switchboard.connector.webchat.transport.ChatClient.JSON;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.concurrent.CompletableFuture;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.imageio.ImageIO;

import com.fasterxml.jackson.databind.JsonNode;
import io.switchboard.core.livechat.FrameKind;
import org.junit.jupiter.api.Test;

/** The session, long polling, files and the other HTTP calls of the widget. */
class ChatHttpTest extends ChatSpringTestSupport {

    private static final String IDENTITY_SECRET = "site-identity-secret-for-tests";

    @Test
    void aSiteUserWithTheRightHashIsIdentifiedAndAWrongHashIsRefused() throws Exception {
        HttpResponse<String> right = ChatClient.session(port,
                "{\"userId\":\"42\",\"userHash\":\"" + hmac("42") + "\",\"name\":\"Li Wei\",\"lang\":\"zh-CN\"}");
        HttpResponse<String> wrong = ChatClient.session(port,
                "{\"userId\":\"43\",\"userHash\":\"" + hmac("42") + "\"}");

        JsonNode session = JSON.readTree(right.body());
        assertThat(session.get("visitor").asText()).isEqualTo("u:42");
        assertThat(session.get("identified").asBoolean()).isTrue();
        assertThat(session.get("lang").asText()).isEqualTo("zh");
        assertThat(session.get("state").asText()).isEqualTo("BOT");
        assertThat(session.get("staffing").get("staffed").isBoolean()).as("whether an agent can take the chat now").isTrue();
        assertThat(wrong.statusCode()).isEqualTo(403);
        assertThat(JSON.readTree(wrong.body()).get("error").asText()).isEqualTo("identity");
    }

    @Test
    void aValidTokenKeepsItsVisitorAndAForgedOneStartsANewAnonymousOne() throws Exception {
        ChatClient visitor = ChatClient.open(port);

        JsonNode kept = JSON.readTree(ChatClient.session(port, "{\"token\":\"" + visitor.token + "\"}").body());
        JsonNode fresh = JSON.readTree(ChatClient.session(port, "{\"token\":\"" + visitor.token + "x\"}").body());

        assertThat(kept.get("visitor").asText()).isEqualTo(visitor.visitor);
        assertThat(fresh.get("visitor").asText()).startsWith("a:").isNotEqualTo(visitor.visitor);
        assertThat(fresh.get("identified").asBoolean()).isFalse();
    }

    @Test
    void longPollingAnswersAtOnceWhenThereAreFramesAndWakesWhenOneIsStored() throws Exception {
        ChatClient visitor = ChatClient.open(port);
        HttpResponse<String> sent = visitor.post("/api/chat/messages",
                "{\"clientId\":\"c-poll\",\"seq\":1,\"text\":\"hello over HTTP\"}");
        long stored = JSON.readTree(sent.body()).get("ack").get("frame").asLong();

        JsonNode atOnce = JSON.readTree(visitor.get("/api/chat/frames?after=0").body());
        CompletableFuture<HttpResponse<String>> waiting = ChatClient.HTTP.sendAsync(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/api/chat/frames?after=" + stored))
                .header("Authorization", "Bearer " + visitor.token).GET().build(), HttpResponse.BodyHandlers.ofString());
        frames.append(visitor.visitor, FrameKind.AGENT, "Alice", "answered while you waited", null, null, null);

        assertThat(atOnce.get("frames").get(0).get("text").asText()).isEqualTo("hello over HTTP");
        JsonNode woken = JSON.readTree(waiting.get().body());
        assertThat(woken.get("frames")).hasSize(1);
        assertThat(woken.get("frames").get(0).get("text").asText()).isEqualTo("answered while you waited");
        assertThat(inbound.storedIn(visitor.visitor)).hasSize(1);
    }

    @Test
    void oneMessageTooManyAMinuteIsRefusedWithRetryAfter() throws Exception {
        ChatClient visitor = ChatClient.open(port);
        for (int i = 0; i < 6; i++) {
            assertThat(visitor.post("/api/chat/messages", "{\"clientId\":\"c-" + i + "\",\"text\":\"m" + i + "\"}")
                    .statusCode()).isEqualTo(200);
        }

        HttpResponse<String> refused = visitor.post("/api/chat/messages", "{\"clientId\":\"c-7\",\"text\":\"m7\"}");
        HttpResponse<String> resent = visitor.post("/api/chat/messages", "{\"clientId\":\"c-0\",\"text\":\"m0\"}");

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
        assertThat(JSON.readTree(refused.body()).get("error").asText()).isEqualTo("rate-limited");
        assertThat(resent.statusCode()).as("a resend is acknowledged, not counted").isEqualTo(200);
        assertThat(frames.after(visitor.visitor, 0, 20)).hasSize(6);
    }

    @Test
    void anotherVisitorsTokenReadsNeitherTheConversationNorItsFiles() throws Exception {
        ChatClient owner = ChatClient.open(port);
        ChatClient other = ChatClient.open(port);
        long file = JSON.readTree(upload(owner).body()).get("id").asLong();
        owner.post("/api/chat/messages", "{\"clientId\":\"c-shot\",\"text\":\"my screenshot\",\"files\":[" + file + "]}");
        other.post("/api/chat/messages", "{\"clientId\":\"c-mine\",\"text\":\"my own question\"}");

        JsonNode othersFrames = JSON.readTree(other.get("/api/chat/frames?after=0").body()).get("frames");
        HttpResponse<String> stolenAttach = other.post("/api/chat/messages",
                "{\"clientId\":\"c-steal\",\"text\":\"look\",\"files\":[" + file + "]}");

        assertThat(othersFrames).hasSize(1);
        assertThat(othersFrames.get(0).get("text").asText()).isEqualTo("my own question");
        assertThat(owner.get("/chat/files/" + file + "?token=" + owner.token).statusCode()).isEqualTo(200);
        assertThat(other.get("/chat/files/" + file + "?token=" + other.token).statusCode()).isEqualTo(404);
        assertThat(stolenAttach.statusCode()).isEqualTo(400);
        JsonNode shown = JSON.readTree(owner.get("/api/chat/frames?after=0").body()).get("frames").get(0);
        assertThat(shown.get("files").get(0).get("url").asText()).isEqualTo("/chat/files/" + file);
        assertThat(inbound.storedIn(owner.visitor).get(0).attachments().get(0).fileId()).isEqualTo("stored:" + file);
    }

    @Test
    void theApiAnswersTheAllowedSitesPreflightOnlyAndWantsAToken() throws Exception {
        HttpResponse<String> allowed = preflight("https://shop.example");
        HttpResponse<String> other = preflight("https://evil.example");
        HttpResponse<String> anonymous = ChatClient.HTTP.send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/api/chat/messages")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"clientId\":\"c\",\"text\":\"x\"}")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin")).contains("https://shop.example");
        assertThat(other.statusCode()).isEqualTo(403);
        assertThat(anonymous.statusCode()).isEqualTo(401);
    }

    @Test
    void aBodyOver64KbIsRefusedUnread() throws Exception {
        ChatClient visitor = ChatClient.open(port);

        HttpResponse<String> huge = visitor.post("/api/chat/messages",
                "{\"clientId\":\"c-huge\",\"text\":\"" + "x".repeat(70_000) + "\"}");

        assertThat(huge.statusCode()).isEqualTo(413);
        assertThat(inbound.storedIn(visitor.visitor)).isEmpty();
    }

    @Test
    void aBadAddressIsRefused() throws Exception {
        ChatClient visitor = ChatClient.open(port);

        assertThat(visitor.post("/api/chat/email", "{\"address\":\"not an address\"}").statusCode()).isEqualTo(400);
        assertThat(visitor.post("/api/chat/email", "{\"address\":\"li@example.com\"}").statusCode()).isEqualTo(204);
    }

    private HttpResponse<String> preflight(String origin) throws Exception {
        return ChatClient.HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/chat/messages"))
                .header("Origin", origin).header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> upload(ChatClient visitor) throws Exception {
        BufferedImage image = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        String boundary = "----chat-test";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"shot.png\"\r\n"
                + "Content-Type: image/png\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        body.write(png.toByteArray());
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        return ChatClient.HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/chat/files"))
                .header("Authorization", "Bearer " + visitor.token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String hmac(String userId) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(IDENTITY_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(userId.getBytes(StandardCharsets.UTF_8)));
    }
}
