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
 * The {@code outbox} entry of {@code /actuator/health} (after the bean name): replies pending, waiting
 * for a retry after the platform failed or rate-limited them, failed and expired, and under
 * {@code paused} each channel whose breaker holds its sends back, with the platform's last error.
 * <p>
 * It stays UP while a platform is down: the replies are kept and go out when it is back, and the
 * channel's own connector entry goes DOWN. An outbox entry going DOWN as well would turn a platform's
 * outage into ours, and a load balancer would take every instance out of service for it (webhooks of
 * the other platforms and the console included). Monitoring alerts on {@code paused} and the counts.
 * <p>
 * The details are for staff only ({@code show-details: when-authorized}); the last error is the
 * platform's answer as the gateway worded it, which by {@link io.switchboard.core.gateway.DeliveryException}'s
 * contract carries no token.
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
        return Health.up()
                .withDetail("pending", outbox.countByStatus(OutboxStatus.PENDING))
                .withDetail("waitingForRetry", outbox.countPendingAfterFailureOrRateLimit())
                .withDetail("failed", outbox.countByStatus(OutboxStatus.FAILED))
                .withDetail("expired", outbox.countByStatus(OutboxStatus.EXPIRED))
                .withDetail("paused", paused())
                .build();
    }

    /** The channels this instance holds back, by key; empty while every platform takes our calls. */
    private Map<String, Object> paused() {
        DeliveryBreakers available = breakers.getIfAvailable();
        List<ChannelBreakerState> states = available == null ? List.of() : available.states();
        Map<String, Object> paused = new LinkedHashMap<>();
        for (ChannelBreakerState state : states) {
            if (state.open()) {
                Map<String, Object> channel = new LinkedHashMap<>();
                channel.put("until", state.until().toString());
                channel.put("rateLimited", state.rateLimited());
                channel.put("consecutiveFailures", state.consecutiveFailures());
                channel.put("lastError", state.lastError());
                paused.put(state.channel().key(), channel);
            }
        }
        return paused;
    }
}
