package io.switchboard.connector.webchat.handoff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.switchboard.connector.webchat.testing.ChatPeople;
import io.switchboard.connector.webchat.testing.WebchatSpringTest;
import io.switchboard.core.livechat.ChatFrame;
import io.switchboard.core.livechat.ChatFrames;
import io.switchboard.core.livechat.ChatVisitor;
import io.switchboard.core.livechat.FrameKind;
import io.switchboard.core.livechat.LiveChat;
import io.switchboard.core.livechat.LiveChatState;
import io.switchboard.core.livechat.LiveChats;
import io.switchboard.core.ticket.Ticket;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What the visitor reads the moment their chat is handed to people: their place and wait, or that nobody is there. */
@WebchatSpringTest
class HandOffsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    ChatPeople people;
    @Autowired
    LiveChats chats;
    @Autowired
    ChatFrames frames;

    @Test
    void aTicketOpenedInTheChatQueuesTheVisitorWithTheirPlaceAndTheExpectedWait() throws Exception {
        people.everyoneOffline();
        people.onlineAgent("Alice Wong");
        ChatVisitor first = people.visitor("en");
        ChatVisitor second = people.visitor("zh");
        people.handOff(first);
        // the context is shared: other tests' visitors may be waiting too
        int ahead = chats.positionOf(chats.current(first.visitorKey()).orElseThrow());

        Ticket ticket = people.handOff(second);

        LiveChat chat = chats.current(second.visitorKey()).orElseThrow();
        assertThat(chat.getTicketId()).isEqualTo(ticket.getId());
        assertThat(chat.getState()).isEqualTo(LiveChatState.WAITING);
        ChatFrame note = only(second);
        assertThat(note.kind()).isEqualTo(FrameKind.SYSTEM);
        JsonNode details = JSON.readTree(note.details());
        assertThat(details.path("code").asText()).isEqualTo("queued");
        int position = ahead + 1;
        assertThat(details.path("args").path("position").asInt()).isEqualTo(position);
        assertThat(details.path("args").path("minutes").asInt()).as("chats of 4 minutes, one agent")
                .isEqualTo(position * 4);
        assertThat(note.text()).isEqualTo("You are number " + position + " in the queue; an agent should join in about "
                + position * 4 + " min.");
    }

    @Test
    void withNobodyOnlineTheVisitorIsToldAtOnceAndStillWaitsAsATicket() throws Exception {
        people.everyoneOffline();
        ChatVisitor visitor = people.visitor("zh");

        people.handOff(visitor);

        assertThat(chats.current(visitor.visitorKey())).get().extracting(LiveChat::getState)
                .isEqualTo(LiveChatState.WAITING);
        JsonNode details = JSON.readTree(only(visitor).details());
        assertThat(details.path("code").asText()).isEqualTo("unstaffed");
        assertThat(details.path("args").path("reason").asText()).isEqualTo("nobody");
        assertThat(details.path("args").path("email").asBoolean()).as("answers can go by e-mail: the widget asks for an address")
                .isTrue();
    }

    private ChatFrame only(ChatVisitor visitor) {
        List<ChatFrame> window = frames.after(visitor.visitorKey(), 0, 10);
        assertThat(window).hasSize(1);
        return window.get(0);
    }
}
