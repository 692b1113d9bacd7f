package io.switchboard.router.guard;

import io.switchboard.core.guard.GuardRules;
import io.switchboard.core.guard.GuardRulesChanged;
import io.switchboard.core.guard.GuardSettings;
import java.time.Clock;
import java.time.Instant;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The detector for the rules as stored: seeded from the configuration on first use, rebuilt at
 * once when managers save rules here, and checked against the database every
 * {@code rules-refresh} for saves on other instances.
 */
@Component
class CurrentDetector {

    private final GuardSettings settings;
    private final GuardProperties properties;
    private final Clock clock;
    private ScamDetector detector;
    private Instant readAt;

    CurrentDetector(GuardSettings settings, GuardProperties properties, Clock clock) {
        this.settings = settings;
        this.properties = properties;
        this.clock = clock;
    }

    synchronized ScamDetector get() {
        Instant now = clock.instant();
        if (detector == null || !now.isBefore(readAt.plus(properties.rulesRefresh()))) {
            GuardRules rules = settings.current().orElseGet(() -> settings.seedIfEmpty(properties.seedRules()));
            if (detector == null || !detector.rules().equals(rules)) {
                detector = new ScamDetector(rules);
            }
            readAt = now;
        }
        return detector;
    }

    @EventListener
    synchronized void rulesChanged(GuardRulesChanged event) {
        detector = new ScamDetector(event.rules());
        readAt = clock.instant();
    }
}
