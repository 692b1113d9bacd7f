package io.switchboard.helpcenter.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.switchboard.core.channel.Channel;
import io.switchboard.core.gateway.DeliveryException;
import io.switchboard.core.gateway.DeliveryLookup;
import io.switchboard.core.gateway.DeliveryReceipt;
import io.switchboard.core.gateway.OutboundMessage;
import io.switchboard.core.gateway.Sender;
import io.switchboard.core.gateway.TextFormat;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The WEB channel's gateway and the tracking links' key: a reply is delivered once, and a send cut off by a
 * crash is always found again; every instance signs links with the same key.
 */
@SpringBootTest
class RequestGatewayTest {

    @Autowired
    RequestGateway gateway;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RequestProperties properties;

    private static OutboundMessage reply(String conversation, String text, Sender sender) {
        return new OutboundMessage(Channel.WEB, conversation, conversation, null, text, TextFormat.PLAIN, sender);
    }

    @Test
    void aDeliveredReplyIsFoundAgainExactlyAndNothingElseIs() {
        String conversation = "request:" + Math.abs(UUID.randomUUID().getMostSignificantBits());
        Instant before = Instant.now().minusSeconds(1);
        OutboundMessage answer = reply(conversation, "Please send the TXID.", Sender.staff("dana"));

        DeliveryReceipt receipt = gateway.send(answer);

        assertThat(receipt.messageId()).startsWith("delivery:");
        assertThat(gateway.findDelivered(answer, before)).isEqualTo(DeliveryLookup.delivered(receipt));
        assertThat(gateway.findDelivered(reply(conversation, "Please send the TXID!", Sender.staff("dana")), before))
                .as("another text").isEqualTo(DeliveryLookup.NOT_DELIVERED);
        assertThat(gateway.findDelivered(reply(conversation, "Please send the TXID.", Sender.BOT_NOTICE), before))
                .as("said by someone else").isEqualTo(DeliveryLookup.NOT_DELIVERED);
        assertThat(gateway.findDelivered(answer, Instant.now().plusSeconds(5)))
                .as("delivered before the interrupted send began").isEqualTo(DeliveryLookup.NOT_DELIVERED);
    }

    @Test
    void aConversationThatIsNoRequestIsRefusedForGood() {
        assertThatThrownBy(() -> gateway.send(reply("topic:12", "hi", Sender.BOT_NOTICE)))
                .isInstanceOfSatisfying(DeliveryException.class,
                        e -> assertThat(e.getMessage()).contains("is not request:<id>"));
    }

    @Test
    void everyInstanceSignsTrackingLinksWithTheOneStoredKey() {
        RequestProperties unset = new RequestProperties(null, properties.requests());
        TrackingLinks one = new TrackingLinks(new LinkSecret(jdbc, unset), unset, Clock.systemUTC());
        TrackingLinks another = new TrackingLinks(new LinkSecret(jdbc, unset), unset, Clock.systemUTC());
        TrackingLinks configured = new TrackingLinks(new LinkSecret(jdbc,
                new RequestProperties("a-configured-secret", properties.requests())), unset,
                Clock.systemUTC());

        assertThat(another.requestOf(one.tokenFor(42))).isEqualTo(42);
        assertThatThrownBy(() -> configured.requestOf(one.tokenFor(42))).isInstanceOf(TrackingLinkRefused.class);
        assertThat(jdbc.queryForObject("select count(*) from help_link_secret", Long.class)).isEqualTo(1);
    }
}
