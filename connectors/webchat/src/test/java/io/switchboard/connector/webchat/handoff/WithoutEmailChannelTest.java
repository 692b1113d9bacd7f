package io.switchboard.connector.webchat.handoff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import io.switchboard.connector.webchat.testing.ChatPeople;
import io.switchboard.connector.webchat.testing.WebchatSpringTest;
import io.switchboard.core.channel.Channel;
import io.switchboard.core.gateway.ChannelGateway;
import io.switchboard.core.gateway.OutboundMessage;
import io.switchboard.core.gateway.Sender;
import io.switchboard.core.gateway.TextFormat;
import io.switchboard.core.livechat.ChatVisitor;
import io.switchboard.core.livechat.ChatVisitors;
import io.switchboard.core.outbox.OutboxRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Where there is no e-mail channel, nothing is queued for one: a transcript is refused clearly, replies stay in the chat. */
@WebchatSpringTest(properties = {
    "spring.datasource.url=jdbc:h2:mem:webchat-nomail;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
    "spring.datasource.username=sa",
    "spring.datasource.password=",
    "spring.jpa.hibernate.ddl-auto=validate",
    "spring.jpa.open-in-view=false",
    "webchat-test.email-channel=false"
})
class WithoutEmailChannelTest {

    @Autowired
    ChatPeople people;
    @Autowired
    Transcripts transcripts;
    @Autowired
    ChatVisitors visitors;
    @Autowired
    EmailFallback fallback;
    @Autowired
    OutboxRepository outbox;
    @Autowired
    List<ChannelGateway> gateways;

    @Test
    void noAddressIsTakenATranscriptIsRefusedAndAnAgentsReplyIsNotMailed() {
        ChatVisitor visitor = people.visitor("en");
        people.handOff(visitor);

        assertThat(fallback.available()).isFalse();
        assertThatThrownBy(() -> fallback.leaveAddress(visitor.visitorKey(), "sam@example.com"))
                .isInstanceOf(MailUnavailableException.class);
        assertThat(visitors.find(visitor.visitorKey()).orElseThrow().email()).as("no address kept").isNull();

        assertThatThrownBy(() -> transcripts.send(visitor.visitorKey(), "sam@example.com"))
                .isInstanceOf(MailUnavailableException.class)
                .hasMessageContaining("no e-mail channel");
        ChannelGateway webchat = gateways.stream().filter(gateway -> gateway.channel() == Channel.WEBCHAT)
                .findFirst().orElseThrow();
        webchat.send(new OutboundMessage(Channel.WEBCHAT, visitor.visitorKey(), visitor.visitorKey(), null, "Hello",
                TextFormat.PLAIN, Sender.staff(people.onlineAgent("Bo Chen")), List.of(), null, List.of(), "d-1"));

        assertThat(outbox.count()).isZero();
    }
}
