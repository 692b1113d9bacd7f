package io.switchboard.router;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.switchboard.core.inbound.InboundMessage;
import io.switchboard.core.inbound.InboundStatus;
import io.switchboard.core.inbound.IntakeResult;
import io.switchboard.router.testing.Messages;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What the intake counts for {@code /actuator/prometheus}: read from the registry, as a scrape would. */
class IntakeMetricsTest extends RouteTestSupport {

    @Autowired
    MeterRegistry registry;

    @Test
    void aStoredMessageIsCountedOnceAndItsDecisionByOutcome() {
        double storedBefore = count("switchboard.messages.in", "channel", "telegram", "kind", "message");
        double answeredBefore = count("switchboard.decisions", "channel", "telegram", "outcome", "answered");
        long timedBefore = decisionsTimed();
        InboundMessage question = Messages.inPrivate(Messages.newChatId(), now())
                .text("How long does a deposit take?").build();

        assertThat(accept(question)).isEqualTo(IntakeResult.STORED);
        assertThat(accept(question)).as("a redelivery").isEqualTo(IntakeResult.DUPLICATE);
        awaitEvent(question, InboundStatus.PROCESSED);

        assertThat(count("switchboard.messages.in", "channel", "telegram", "kind", "message"))
                .as("stored once, the redelivery not counted").isEqualTo(storedBefore + 1);
        await().untilAsserted(() -> assertThat(
                count("switchboard.decisions", "channel", "telegram", "outcome", "answered"))
                .isEqualTo(answeredBefore + 1));
        assertThat(decisionsTimed()).isEqualTo(timedBefore + 1);
    }

    @Test
    void chatterIsCountedAsSilent() {
        double silentBefore = count("switchboard.decisions", "channel", "telegram", "outcome", "silent");
        InboundMessage chatter = Messages.inGroup(Messages.newChatId(), now()).text("anyone else think BTC goes to 100k?").build();

        accept(chatter);
        awaitEvent(chatter, InboundStatus.PROCESSED);

        await().untilAsserted(() -> assertThat(
                count("switchboard.decisions", "channel", "telegram", "outcome", "silent"))
                .isEqualTo(silentBefore + 1));
    }

    @Test
    void theBacklogGaugeHasEveryChannelAndNothingWaitsOnceProcessed() {
        InboundMessage question = Messages.inPrivate(Messages.newChatId(), now()).text("hello?").build();
        accept(question);
        awaitEvent(question, InboundStatus.PROCESSED);

        assertThat(registry.find("switchboard.intake.backlog").gauges())
                .extracting(gauge -> gauge.getId().getTag("channel"))
                .containsExactlyInAnyOrder("telegram", "twitter", "facebook", "forum", "web", "email", "webchat");
        await().untilAsserted(() -> assertThat(registry.get("switchboard.intake.backlog")
                .tag("channel", "telegram").gauge().value()).isZero());
    }

    private double count(String name, String... tags) {
        Counter counter = registry.find(name).tags(tags).counter();
        return counter == null ? 0 : counter.count();
    }

    private long decisionsTimed() {
        Timer timer = registry.find("switchboard.decision.latency").tag("channel", "telegram").timer();
        return timer == null ? 0 : timer.count();
    }
}
