package io.switchboard.connector.telegram;

import io.switchboard.core.gateway.PlatformContact;
import java.util.Locale;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;

/**
 * {@code components.telegram} of {@code /actuator/health}: DOWN while the latest Bot API call
 * failed, UNKNOWN before any contact, UP otherwise; with the mode, the bot and the last success
 * and error.
 */
final class TelegramHealthIndicator implements HealthIndicator {

    private final TelegramProperties.Mode mode;
    private final BotIdentity identity;
    private final PlatformContact contact;

    TelegramHealthIndicator(TelegramProperties.Mode mode, BotIdentity identity, PlatformContact contact) {
        this.mode = mode;
        this.identity = identity;
        this.contact = contact;
    }

    @Override
    public Health health() {
        Health.Builder health = contact.failing() ? Health.down()
                : contact.lastSuccess() == null ? Health.unknown()
                : Health.up();
        return health
                .withDetail("mode", mode.name().toLowerCase(Locale.ROOT))
                .withDetail("bot", identity.known() ? "@" + identity.username() : "not known yet")
                .withDetails(contact.details())
                .build();
    }
}
