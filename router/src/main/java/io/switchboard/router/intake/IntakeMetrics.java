package io.switchboard.router.intake;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.switchboard.core.channel.Channel;
import io.switchboard.core.inbound.InboundEvent;
import io.switchboard.core.inbound.InboundMessage;
import io.switchboard.core.inbound.InboundStatus;
import io.switchboard.router.decision.Decision;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What the intake shows on {@code /actuator/prometheus} (docs/operations.md lists them):
 * <ul>
 *   <li>{@code switchboard.messages.in{channel,kind}}: events stored, duplicates not counted;</li>
 *   <li>{@code switchboard.decisions{channel,outcome}}: what was decided about a member's message, counted
 *       once its transaction committed (a rolled-back, retried attempt is not counted twice);</li>
 *   <li>{@code switchboard.decision.latency{channel}}: from storing an event to that commit;</li>
 *   <li>{@code switchboard.intake.backlog{channel}}: events stored and not yet decided (RECEIVED),
 *       from one query that a scrape reuses for {@link #BACKLOG_FRESH_FOR}.</li>
 * </ul>
 * Tags are the channel, the event kind and the outcome: never a chat, member or message id.
 */
@Component
class IntakeMetrics {

    /** The welcome or the help text. */
    static final String WELCOME = "welcome";
    /** A greeting or thanks answered in kind. */
    static final String COURTESY = "courtesy";
    /** An answer from the knowledge base. */
    static final String ANSWERED = "answered";
    /** Articles were offered to pick from. */
    static final String OFFERED = "offered";
    /** A ticket was opened. */
    static final String TICKET = "ticket";
    /** Nothing said. */
    static final String SILENT = "silent";
    /** A ticket-status request was answered. */
    static final String STATUS = "status";
    /** A {@code /verify} or a forwarded message was answered with the verifier's verdicts. */
    static final String VERIFY = "verify";
    /** The scam guard held or removed the message: nothing said. */
    static final String HELD = "held";

    /** A scrape every few seconds (or several scrapers) runs the backlog query at most this often. */
    static final Duration BACKLOG_FRESH_FOR = Duration.ofSeconds(5);

    private final MeterRegistry registry;
    private final Clock clock;
    private final LoadingCache<InboundStatus, Map<Channel, Long>> counts;

    IntakeMetrics(MeterRegistry registry, IntakeEvents events, Clock clock) {
        this.registry = registry;
        this.clock = clock;
        this.counts = Caffeine.newBuilder().expireAfterWrite(BACKLOG_FRESH_FOR)
                .build(status -> events.countByChannel(status).stream()
                        .collect(Collectors.toMap(IntakeEvents.ChannelCount::getChannel,
                                IntakeEvents.ChannelCount::getEvents)));
        for (Channel channel : Channel.values()) {
            Gauge.builder("switchboard.intake.backlog", () -> backlog(channel))
                    .description("inbound events stored and not yet decided on")
                    .tag("channel", channel.key())
                    .register(registry);
        }
    }

    /** A new event was stored (and committed). */
    void stored(InboundMessage message) {
        Counter.builder("switchboard.messages.in")
                .description("inbound events stored, by channel and kind; redeliveries are not counted")
                .tags("channel", message.channel().key(), "kind", message.kind().name().toLowerCase(Locale.ROOT))
                .register(registry).increment();
    }

    /** The policy's decision about a member's message: counted when the intake transaction commits. */
    void decided(InboundEvent event, Decision decision) {
        decided(event, outcome(decision));
    }

    /** @param outcome {@link #STATUS}, {@link #HELD}, or the outcome of a {@link Decision} */
    void decided(InboundEvent event, String outcome) {
        Channel channel = event.getChannel();
        Runnable count = () -> {
            Counter.builder("switchboard.decisions")
                    .description("decisions about members' messages, by outcome")
                    .tags("channel", channel.key(), "outcome", outcome)
                    .register(registry).increment();
            Timer.builder("switchboard.decision.latency")
                    .description("from storing a member's message to its decision being committed")
                    .tag("channel", channel.key())
                    .register(registry).record(Duration.between(event.getStoredAt(), clock.instant()));
        };
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    count.run();
                }
            });
        } else {
            count.run();
        }
    }

    static String outcome(Decision decision) {
        if (decision instanceof Decision.Welcome) {
            return WELCOME;
        }
        if (decision instanceof Decision.Courtesy) {
            return COURTESY;
        }
        if (decision instanceof Decision.AutoAnswer) {
            return ANSWERED;
        }
        if (decision instanceof Decision.Offer) {
            return OFFERED;
        }
        if (decision instanceof Decision.Escalate) {
            return TICKET;
        }
        if (decision instanceof Decision.Silent) {
            return SILENT;
        }
        throw new IllegalArgumentException("no outcome named for " + decision);
    }

    private long backlog(Channel channel) {
        return counts.get(InboundStatus.RECEIVED).getOrDefault(channel, 0L);
    }
}
