package io.switchboard.router.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.switchboard.RouterTestApplication;
import io.switchboard.core.channel.Channel;
import io.switchboard.core.gateway.OutboundMessage;
import io.switchboard.core.gateway.TextFormat;
import io.switchboard.core.outbox.OutboxEntry;
import io.switchboard.core.outbox.OutboxRepository;
import io.switchboard.core.outbox.OutboxStatus;
import io.switchboard.router.testing.Messages;
import io.switchboard.router.testing.RecordingGateway;
import io.switchboard.testing.ShiftableClock;
import java.time.Duration;
import java.time.Instant;
import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** A single instance starting up does not wait out the lease of the reply its last run was sending. */
@CamelSpringBootTest
@SpringBootTest(classes = RouterTestApplication.class)
class InterruptedSendsAtStartupTest {

    @Autowired
    InterruptedSendsAtStartup startup;
    @Autowired
    OutboxRepository outbox;
    @Autowired
    ShiftableClock clock;
    @Autowired
    RecordingGateway gateway;

    @Test
    void aReplyInterruptedByTheLastStopIsSentAtStartupNotAfterTheLease() {
        String chat = Messages.newChatId();
        Instant now = clock.instant();
        OutboxEntry entry = new OutboxEntry("startup:" + chat, new OutboundMessage(Channel.TELEGRAM, chat, chat, null,
                "Deposits take up to 10 minutes.", TextFormat.PLAIN), null, now.minusSeconds(1));
        entry.callStarting(now);
        entry.postpone(null, now.plus(Duration.ofMinutes(2)));
        long id = outbox.save(entry).getId();

        startup.releaseInterruptedSends();

        OutboxEntry sent = await().until(() -> outbox.findById(id).orElseThrow(),
                e -> e.getStatus() == OutboxStatus.SENT);
        assertThat(clock.instant()).as("no time passed").isEqualTo(now);
        assertThat(gateway.sentTo(chat)).hasSize(1);
        assertThat(sent.getInFlightSince()).isNull();
    }
}
