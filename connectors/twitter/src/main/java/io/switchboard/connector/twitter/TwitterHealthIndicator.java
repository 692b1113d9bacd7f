package io.switchboard.connector.twitter;

import io.switchboard.core.gateway.PlatformContact;
import java.util.Map;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;

/**
 * The {@code twitter} entry of {@code /actuator/health}: DOWN while the latest call to X failed,
 * with the last contact, the last error, the mentions rate-limit state and the cursor. Being rate
 * limited is not DOWN: the poller waits as X asked.
 */
final class TwitterHealthIndicator implements HealthIndicator {

    private final PlatformContact contact;
    private final MentionPoller poller;
    private final TwitterProperties properties;

    TwitterHealthIndicator(PlatformContact contact, MentionPoller poller, TwitterProperties properties) {
        this.contact = contact;
        this.poller = poller;
        this.properties = properties;
    }

    @Override
    public Health health() {
        Health.Builder health = contact.failing() ? Health.down() : Health.up();
        Map<String, Object> details = contact.details();
        details.put("account", properties.accountHandle() != null ? "@" + properties.accountHandle()
                : properties.accountId());
        RateLimit seen = poller.window().lastSeen();
        details.put("rateLimitRemaining", seen.remaining() == null ? "unknown" : seen.remaining());
        details.put("rateLimitReset", seen.reset() == null ? "unknown" : seen.reset().toString());
        poller.window().blockedUntil().ifPresent(until -> details.put("pollingPausedUntil", until.toString()));
        details.put("cursor", poller.cursor() == null ? "none" : poller.cursor().toString());
        details.put("webhook", properties.webhookEnabled() ? "on" : "off");
        return health.withDetails(details).build();
    }
}
