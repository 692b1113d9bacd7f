package io.switchboard.connector.webchat.transport;

import static org.awaitility.Awaitility.await;

import java.time.Duration;

import static io.switchboard.connector.webchat.transport.ChatClient.ackOf;
import static io.switchboard.connector.webchat.transport.ChatClient.errorOf;
import static io.switchboard.connector.webchat.transport.ChatClient.frameWith;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.net.http.WebSocketHandshakeException;
import java.time.Duration;
import java.util.concurrent.CompletionException;

import com.fasterxml.jackson.databind.JsonNode;
import io.switchboard.core.channel.Channel;
import io.switchboard.core.inbound.InboundKind;
import io.switchboard.core.inbound.InboundMessage;
import io.switchboard.core.livechat.ChatSignal;
import io.switchboard.core.livechat.ChatSignals;
import io.switchboard.core.livechat.FrameKind;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The visitor protocol over the WebSocket, as the widget speaks it. */
class ChatProtocolTest extends ChatSpringTestSupport {

    @Autowired
    ChatSignals signals;

    @Test
    void aMessageIsAcknowledgedShownAndHandedToThePipeline() throws Exception {
        ChatClient visitor = ChatClient.open(port);
        ChatClient.Socket socket = visitor.connect("");

        socket.send("{\"type\":\"message\",\"clientId\":\"c-one\",\"seq\":1,\"text\":\"How do I withdraw?\"}");

        JsonNode ack = socket.awaitMessage(ackOf("c-one"));
        JsonNode frame = socket.awaitMessage(frameWith("How do I withdraw?")).get("frame");
        assertThat(ack.get("seq").asLong()).isEqualTo(1);
        assertThat(ack.get("frame").asLong()).isEqualTo(frame.get("seq").asLong());
        assertThat(frame.get("kind").asText()).isEqualTo("VISITOR");
        assertThat(frame.get("clientId").asText()).isEqualTo("c-one");
        InboundMessage handed = inbound.storedIn(visitor.visitor).get(0);
        assertThat(handed.channel()).isEqualTo(Channel.WEBCHAT);
        assertThat(handed.eventId()).isEqualTo(visitor.visitor + ":c-one");
        assertThat(handed.kind()).isEqualTo(InboundKind.MESSAGE);
        assertThat(handed.chat().chatId()).isEqualTo(visitor.visitor);
        assertThat(handed.author().displayName()).isEqualTo("Visitor");
        assertThat(handed.privateChat()).isTrue();
        assertThat(handed.addressesBot()).isTrue();
    }

    @Test
    void acksOfTwoMessagesAreMatchedByClientIdWhateverTheirOrder() throws Exception {
        ChatClient.Socket socket = ChatClient.open(port).connect("");

        socket.send("{\"type\":\"message\",\"clientId\":\"c-a\",\"seq\":1,\"text\":\"first\"}");
        socket.send("{\"type\":\"message\",\"clientId\":\"c-b\",\"seq\":2,\"text\":\"second\"}");

        JsonNode a = socket.awaitMessage(ackOf("c-a"));
        JsonNode b = socket.awaitMessage(ackOf("c-b"));
        assertThat(a.get("seq").asLong()).isEqualTo(1);
        assertThat(b.get("seq").asLong()).isEqualTo(2);
        assertThat(a.get("frame").asLong()).isNotEqualTo(b.get("frame").asLong());
    }

    @Test
    void aReconnectingWidgetGetsWhatItMissedAndNothingTwice() throws Exception {
        ChatClient visitor = ChatClient.open(port);
        ChatClient.Socket first = visitor.connect("");
        first.send("{\"type\":\"message\",\"clientId\":\"c-1\",\"seq\":1,\"text\":\"hello\"}");
        long seen = first.awaitMessage(frameWith("hello")).get("frame").get("seq").asLong();
        first.close();

        frames.append(visitor.visitor, FrameKind.AGENT, "Alice", "Hi, I am Alice", null, null, null);
        frames.append(visitor.visitor, FrameKind.AGENT, "Alice", "How can I help?", null, null, null);
        ChatClient.Socket again = visitor.connect("&after=" + seen);

        assertThat(again.frameSeqs()).containsExactly(seen + 1, seen + 2);
        assertThat(again.received.get(0).get("frame").get("author").asText()).isEqualTo("Alice");
        assertThat(again.received.get(2).get("lastSeq").asLong()).isEqualTo(seen + 2);
    }

    @Test
    void aFrameStoredWhileConnectedArrivesOnceAndTheAgentsTypingToo() throws Exception {
        ChatClient visitor = ChatClient.open(port);
        ChatClient.Socket socket = visitor.connect("");

        frames.append(visitor.visitor, FrameKind.AGENT, "Alice", "one moment", null, null, null);
        signals.publish(ChatSignal.typing(visitor.visitor, ChatSignal.Party.AGENT, "Alice", true));

        socket.awaitMessage(frameWith("one moment"));
        JsonNode typing = socket.awaitMessage(m -> m.path("type").asText().equals("typing"));
        assertThat(typing.get("name").asText()).isEqualTo("Alice");
        assertThat(typing.get("on").asBoolean()).isTrue();
        assertThat(socket.frameSeqs()).doesNotHaveDuplicates();
    }

    @Test
    void aMessageResentWithTheSameClientIdIsStoredAndHandedInOnceAndAcknowledgedAgain() throws Exception {
        ChatClient visitor = ChatClient.open(port);
        ChatClient.Socket first = visitor.connect("");
        first.send("{\"type\":\"message\",\"clientId\":\"c-again\",\"seq\":1,\"text\":\"are you there?\"}");
        long stored = first.awaitMessage(ackOf("c-again")).get("frame").asLong();
        first.close();

        ChatClient.Socket second = visitor.connect("&after=" + stored);
        second.send("{\"type\":\"message\",\"clientId\":\"c-again\",\"seq\":1,\"text\":\"are you there?\"}");

        assertThat(second.awaitMessage(ackOf("c-again")).get("frame").asLong()).isEqualTo(stored);
        assertThat(frames.after(visitor.visitor, 0, 10)).hasSize(1);
        assertThat(inbound.storedIn(visitor.visitor)).hasSize(1);
        assertThat(second.frameSeqs()).isEmpty();
    }

    @Test
    void aMessageWhoseHandInFailedIsNotAcknowledgedAndItsResendReachesThePipelineOnce() throws Exception {
        ChatClient visitor = ChatClient.open(port);
        inbound.failOnceOn(visitor.visitor + ":c-flaky");
        ChatClient.Socket first = visitor.connect("");
        first.send("{\"type\":\"message\",\"clientId\":\"c-flaky\",\"seq\":1,\"text\":\"my deposit is missing\"}");
        // the failure closes the socket (1011): the widget reconnects and sends what was not acknowledged
        await().atMost(Duration.ofSeconds(10)).until(() -> frames.byClientId(visitor.visitor, "c-flaky").isPresent());

        ChatClient.Socket second = visitor.connect("");
        second.send("{\"type\":\"message\",\"clientId\":\"c-flaky\",\"seq\":1,\"text\":\"my deposit is missing\"}");

        second.awaitMessage(ackOf("c-flaky"));
        assertThat(first.received).as("no ack for a message the pipeline does not have")
                .noneMatch(ackOf("c-flaky"));
        assertThat(frames.after(visitor.visitor, 0, 10)).as("the line is shown once").hasSize(1);
        assertThat(inbound.storedIn(visitor.visitor)).extracting(InboundMessage::text)
                .containsExactly("my deposit is missing");
    }

    @Test
    void htmlInAMessageIsKeptAsText() throws Exception {
        ChatClient.Socket socket = ChatClient.open(port).connect("");
        String html = "<img src=x onerror=alert(1)><b>hi</b>";

        socket.send("{\"type\":\"message\",\"clientId\":\"c-html\",\"seq\":1,\"text\":\"" + html + "\"}");

        assertThat(socket.awaitMessage(ackOf("c-html"))).isNotNull();
        assertThat(socket.awaitMessage(frameWith(html)).get("frame").get("text").asText()).isEqualTo(html);
    }

    @Test
    void aTooLongMessageIsRefusedAndNotStored() throws Exception {
        ChatClient visitor = ChatClient.open(port);
        ChatClient.Socket socket = visitor.connect("");

        socket.send("{\"type\":\"message\",\"clientId\":\"c-long\",\"seq\":1,\"text\":\"" + "x".repeat(51) + "\"}");
        socket.send("{\"type\":\"message\",\"clientId\":\"c-empty\",\"seq\":2,\"text\":\"  \"}");

        assertThat(socket.awaitMessage(errorOf("too-long")).get("clientId").asText()).isEqualTo("c-long");
        assertThat(socket.awaitMessage(errorOf("empty")).get("clientId").asText()).isEqualTo("c-empty");
        assertThat(frames.after(visitor.visitor, 0, 10)).isEmpty();
        assertThat(inbound.storedIn(visitor.visitor)).isEmpty();
    }

    @Test
    void aSocketFromASiteNotAllowedOrWithoutAValidTokenIsRefused() throws Exception {
        ChatClient visitor = ChatClient.open(port);

        assertHandshakeRefused(() -> visitor.connect("", "https://evil.example"));
        assertHandshakeRefused(() -> visitor.connect("x.1.forged"));
    }

    private static void assertHandshakeRefused(ThrowingCallable connecting) {
        assertThatThrownBy(connecting).isInstanceOf(CompletionException.class).cause().isInstanceOfSatisfying(
                WebSocketHandshakeException.class, e -> assertThat(e.getResponse().statusCode()).isEqualTo(403));
    }
}
