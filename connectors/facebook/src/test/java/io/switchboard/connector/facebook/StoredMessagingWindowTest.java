package io.switchboard.connector.facebook;

import static io.switchboard.FacebookConnectorTestApplication.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.core.channel.Channel;
import io.switchboard.core.inbound.Author;
import io.switchboard.core.inbound.ChatRef;
import io.switchboard.core.inbound.InboundEvent;
import io.switchboard.core.inbound.InboundEventRepository;
import io.switchboard.core.inbound.InboundKind;
import io.switchboard.core.inbound.InboundMessage;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The window is read from the inbound events the router stored, in the application's database. */
@FacebookSpringTest
class StoredMessagingWindowTest {

    private static final String ALICE = FacebookConversations.ofMessenger("3000000003");

    @Autowired
    private MessagingWindow window;

    @Autowired
    private InboundEventRepository events;

    @BeforeEach
    void emptyDatabase() {
        events.deleteAll();
    }

    @Test
    void isOpenWithinADayOfThePersonsLastMessage() {
        store("mid:1", ALICE, InboundKind.MESSAGE, NOW.minus(Duration.ofHours(23)));

        assertThat(window.isOpen(ALICE)).isTrue();
    }

    @Test
    void isClosedADayAfterThePersonsLastMessage() {
        store("mid:1", ALICE, InboundKind.MESSAGE, NOW.minus(Duration.ofHours(25)));

        assertThat(window.isOpen(ALICE)).isFalse();
    }

    @Test
    void theNewestMessageCounts() {
        store("mid:1", ALICE, InboundKind.MESSAGE, NOW.minus(Duration.ofDays(3)));
        store("mid:2", ALICE, InboundKind.MESSAGE, NOW.minus(Duration.ofHours(2)));

        assertThat(window.isOpen(ALICE)).isTrue();
    }

    @Test
    void aTappedQuickReplyIsAMessageOfThePersonsToo() {
        store("mid:1", ALICE, InboundKind.MESSAGE, NOW.minus(Duration.ofHours(30)));
        store("mid:2", ALICE, InboundKind.CHOICE, NOW.minus(Duration.ofHours(2)));

        assertThat(window.isOpen(ALICE)).isTrue();
    }

    @Test
    void readReceiptsAndReactionsDoNotReopenIt() {
        store("mid:1", ALICE, InboundKind.MESSAGE, NOW.minus(Duration.ofHours(30)));
        store("read:3000000003:1", ALICE, InboundKind.SIGNAL, NOW.minus(Duration.ofMinutes(5)));

        assertThat(window.isOpen(ALICE)).isFalse();
    }

    @Test
    void isClosedForSomeoneWhoNeverWrote() {
        store("mid:1", FacebookConversations.ofMessenger("3000000099"), InboundKind.MESSAGE, NOW);

        assertThat(window.isOpen(ALICE)).isFalse();
    }

    @Test
    void commentConversationsHaveNoWindow() {
        assertThat(window.isOpen(FacebookConversations.ofPost("1000000001_4000000004"))).isTrue();
    }

    private void store(String eventId, String conversation, InboundKind kind, Instant at) {
        InboundMessage message = new InboundMessage(Channel.FACEBOOK, eventId, eventId, conversation,
                new ChatRef(conversation, null, "messenger"), new Author("3000000003", null, null, null), kind,
                "", null, null, at, true, true, "{}");
        events.save(new InboundEvent(message, "{}", at));
    }
}
