package io.switchboard.admin.outbox;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.switchboard.core.channel.Channel;
import io.switchboard.core.outbox.DeliveryBreakers;
import io.switchboard.core.outbox.OutboxRepository;
import io.switchboard.core.outbox.OutboxStatus;
import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Gauges of the outbox, read on each scrape: {@code switchboard.outbox.replies} by {@code state}
 * (pending, waitingForRetry, failed, expired; the names of the health entry's counts) and
 * {@code switchboard.outbox.breaker.open} by {@code channel} (1 while this instance holds the
 * channel's sends back).
 */
@Component
class OutboxMetrics implements MeterBinder {

    private final OutboxRepository outbox;
    private final ObjectProvider<DeliveryBreakers> breakers;

    OutboxMetrics(OutboxRepository outbox, ObjectProvider<DeliveryBreakers> breakers) {
        this.outbox = outbox;
        this.breakers = breakers;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        replies(registry, "pending", () -> outbox.countByStatus(OutboxStatus.PENDING));
        replies(registry, "waitingForRetry", outbox::countPendingAfterFailureOrRateLimit);
        replies(registry, "failed", () -> outbox.countByStatus(OutboxStatus.FAILED));
        replies(registry, "expired", () -> outbox.countByStatus(OutboxStatus.EXPIRED));
        for (Channel channel : Channel.values()) {
            Gauge.builder("switchboard.outbox.breaker.open", () -> open(channel) ? 1 : 0)
                    .description("1 while the channel's sends are held back after failures or a rate limit")
                    .tag("channel", channel.key()).register(registry);
        }
    }

    private static void replies(MeterRegistry registry, String state, Supplier<Number> count) {
        Gauge.builder("switchboard.outbox.replies", count)
                .description("replies in the outbox by state; waitingForRetry are pending ones the platform"
                        + " failed or rate-limited at least once")
                .tag("state", state).register(registry);
    }

    private boolean open(Channel channel) {
        DeliveryBreakers available = breakers.getIfAvailable();
        return available != null && available.states().stream()
                .anyMatch(state -> state.channel() == channel && state.open());
    }
}
