package io.switchboard.admin.outbox;

import io.switchboard.core.outbox.ChannelBreakerState;
import io.switchboard.core.outbox.DeliveryBreakers;
import io.switchboard.core.outbox.OutboxRepository;
import io.switchboard.core.outbox.OutboxStatus;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The {@code outbox} entry of {@code /actuator/health} (after the bean name): replies pending, waiting for a retry,
 * failed and expired, and each channel whose breaker holds its sends back. A platform outage is
 * not the application's: the entry stays UP (the connectors' own entries go DOWN), but says
 * {@code paused} with the channels held back, for monitoring to alert on.
 */
@Component
class OutboxHealthIndicator implements HealthIndicator {

    private final OutboxRepository outbox;
    private final ObjectProvider<DeliveryBreakers> breakers;

    OutboxHealthIndicator(OutboxRepository outbox, ObjectProvider<DeliveryBreakers> breakers) {
        this.outbox = outbox;
        this.breakers = breakers;
    }

    @Override
    public Health health() {
        Map<String, Object> paused = new LinkedHashMap<>();
        for (ChannelBreakerState state : states()) {
            if (state.open()) {
                paused.put(state.channel().key(), Map.of("until", state.until().toString(),
                        "rateLimited", state.rateLimited(), "lastError", String.valueOf(state.lastError())));
            }
        }
        return Health.up()
                .withDetail("pending", outbox.countByStatus(OutboxStatus.PENDING))
                .withDetail("waitingForRetry", outbox.countWaitingForRetry())
                .withDetail("failed", outbox.countByStatus(OutboxStatus.FAILED))
                .withDetail("expired", outbox.countByStatus(OutboxStatus.EXPIRED))
                .withDetail("paused", paused)
                .build();
    }

    private List<ChannelBreakerState> states() {
        DeliveryBreakers available = breakers.getIfAvailable();
        return available == null ? List.of() : available.states();
    }
}
