package io.switchboard.core.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.core.channel.Channel;
import io.switchboard.core.gateway.OutboundMessage;
import io.switchboard.core.gateway.TextFormat;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class OutboxEntryBounceTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    private static OutboxEntry reply() {
        return new OutboxEntry("decision-1", new OutboundMessage(Channel.EMAIL, "anna@example.org",
                "mail:first@example.org", "first@example.org", "Here is how to reset 2FA.", TextFormat.PLAIN), null, NOW);
    }

    @Test
    void aSentReplyThatBouncesIsFailedWithTheServersReason() {
        OutboxEntry entry = reply();
        entry.markSent("a1b2c3.t1@exchange.example", NOW);

        assertThat(entry.bounced("550 5.1.1 mailbox unavailable")).isTrue();

        assertThat(entry.getStatus()).isEqualTo(OutboxStatus.FAILED);
        assertThat(entry.getLastError()).isEqualTo("bounced: 550 5.1.1 mailbox unavailable");
        assertThat(entry.getPlatformMessageId()).isEqualTo("a1b2c3.t1@exchange.example");
    }

    @Test
    void aReplyNotSentCannotBounce() {
        OutboxEntry pending = reply();
        OutboxEntry cancelled = reply();
        cancelled.cancel("bot removed");

        assertThat(pending.bounced("550 no such user")).isFalse();
        assertThat(cancelled.bounced("550 no such user")).isFalse();

        assertThat(pending.getStatus()).isEqualTo(OutboxStatus.PENDING);
        assertThat(cancelled.getStatus()).isEqualTo(OutboxStatus.CANCELLED);
        assertThat(cancelled.getLastError()).isEqualTo("bot removed");
    }
}
