package io.switchboard.router.guard;

import io.switchboard.core.guard.GuardRules;
import io.switchboard.core.guard.GuardRulesChanged;
import io.switchboard.core.guard.GuardSettings;
import io.switchboard.core.guard.OwnAccounts;
import io.switchboard.verify.registry.OfficialRegistry;
import io.switchboard.verify.registry.RegistrySnapshot;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * The detector for the rules as stored: seeded from the configuration on first use, rebuilt at
 * once when managers save rules here, and checked against the database every
 * {@code rules-refresh} for saves on other instances. The connectors' own accounts (the bot) are
 * official accounts on top of the stored ones, and so is everything in the registry of official channels
 * ({@link RegisteredChannels}): managers keep one list, and the guard follows it.
 */
@Component
class CurrentDetector {

    private final GuardSettings settings;
    private final GuardProperties properties;
    private final List<OwnAccounts> ownAccounts;
    private final OfficialRegistry registry;
    private final Clock clock;
    private GuardRules stored;
    private ScamDetector detector;
    private Instant readAt;
    /** The registry's snapshot the detector was built with: a new one is read again, the same one is not. */
    private RegistrySnapshot snapshot;
    private RegisteredChannels official;

    CurrentDetector(GuardSettings settings, GuardProperties properties, List<OwnAccounts> ownAccounts,
            OfficialRegistry registry, Clock clock) {
        this.settings = settings;
        this.properties = properties;
        this.ownAccounts = ownAccounts;
        this.registry = registry;
        this.clock = clock;
    }

    synchronized ScamDetector get() {
        Instant now = clock.instant();
        if (stored == null || !now.isBefore(readAt.plus(properties.rulesRefresh()))) {
            stored = settings.current().orElseGet(this::seed);
            readAt = now;
        }
        GuardRules effective = withOwnAccounts(stored);
        // the registry keeps its snapshot current itself (at once here, within its refresh from other instances)
        RegistrySnapshot current = registry.snapshot();
        if (current != snapshot) {
            snapshot = current;
            official = RegisteredChannels.of(current);
        }
        if (detector == null || !detector.rules().equals(effective) || !detector.official().equals(official)) {
            detector = new ScamDetector(effective, official);
        }
        return detector;
    }

    private GuardRules seed() {
        try {
            return settings.seedIfEmpty(properties.seedRules());
        } catch (DataIntegrityViolationException e) {
            // another instance stored them first
            return settings.current().orElseThrow(() -> e);
        }
    }

    /** Seeds the rules at start-up, so the staff API shows them before the first message. */
    @EventListener(ApplicationReadyEvent.class)
    void seedAtStart() {
        get();
    }

    @EventListener
    synchronized void rulesChanged(GuardRulesChanged event) {
        stored = event.rules();
        readAt = clock.instant();
    }

    private GuardRules withOwnAccounts(GuardRules rules) {
        Set<String> handles = new LinkedHashSet<>(rules.allowedHandles());
        ownAccounts.forEach(accounts -> handles.addAll(accounts.handles()));
        return new GuardRules(rules.brandNames(), rules.staffNames(), rules.allowedDomains(), List.copyOf(handles),
                rules.extraPatterns());
    }
}
