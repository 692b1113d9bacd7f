package io.switchboard.core.guard;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.switchboard.core.audit.AuditTarget;
import io.switchboard.core.audit.StaffAudit;
import io.switchboard.core.guard.InvalidGuardRulesException.Reason;
import io.switchboard.core.json.StoredJson;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The guard's rules as stored: seeded from the configuration on first start, then what managers
 * save through the staff API. Every save is validated first and announced with
 * {@link GuardRulesChanged}.
 */
@Service
public class GuardSettings {

    /** A domain name as managers write it: "novaex.com", no scheme or path. */
    private static final Pattern DOMAIN = Pattern.compile("(?i)[\\p{L}\\p{N}]([\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?"
            + "(\\.[\\p{L}\\p{N}]([\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?)+");

    private final StoredGuardRulesRepository stored;
    private final ApplicationEventPublisher events;
    private final StaffAudit audit;
    private final Clock clock;
    /** The rules are stored: their format must not follow the web layer's settings ({@link StoredJson}). */
    private final ObjectMapper documents;

    GuardSettings(StoredGuardRulesRepository stored, ApplicationEventPublisher events, StaffAudit audit, Clock clock,
            ObjectMapper json) {
        this.stored = stored;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
        this.documents = StoredJson.mapper(json);
    }

    /** The saved rules; empty before anything was seeded or saved. */
    @Transactional(readOnly = true)
    public Optional<GuardRules> current() {
        return stored.findById(StoredGuardRules.ID).map(row -> read(row.getDocument()));
    }

    /**
     * Saves the configuration's rules when none are stored yet; returns what is stored. In a
     * transaction of its own, so that another instance seeding at the same moment (the insert
     * fails here) spoils no caller's transaction: the caller reads the rules again.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public GuardRules seedIfEmpty(GuardRules defaults) {
        return current().orElseGet(() -> {
            stored.save(new StoredGuardRules(write(validated(defaults)), clock.instant(), "configuration"));
            return defaults;
        });
    }

    /**
     * Replaces the rules as a whole.
     *
     * @param actor the staff username
     * @throws InvalidGuardRulesException saying what is wrong; nothing is saved then
     */
    @Transactional
    public GuardRules replace(GuardRules rules, String actor) {
        String document = write(validated(rules));
        Optional<StoredGuardRules> row = stored.findById(StoredGuardRules.ID);
        String before = row.map(StoredGuardRules::getDocument).orElse(null);
        row.ifPresentOrElse(
                existing -> existing.replace(document, clock.instant(), actor),
                () -> stored.save(new StoredGuardRules(document, clock.instant(), actor)));
        audit.record(actor, "guard.rules", AuditTarget.of("guard-rules", "current"), before, document);
        events.publishEvent(new GuardRulesChanged(rules));
        return rules;
    }

    private static GuardRules validated(GuardRules rules) {
        if (rules.brandNames().isEmpty()) {
            throw new InvalidGuardRulesException(Reason.NO_BRAND, List.of(),
                    "brandNames: at least one brand name is needed", null);
        }
        for (String domain : rules.allowedDomains()) {
            if (!DOMAIN.matcher(domain).matches()) {
                throw new InvalidGuardRulesException(Reason.NOT_A_DOMAIN, List.of(domain), "allowedDomains: '" + domain
                        + "' is not a domain name (write novaex.com, without https:// or a path)", null);
            }
        }
        Set<String> keys = new HashSet<>();
        for (ExtraPattern pattern : rules.extraPatterns()) {
            if (!pattern.key().matches("[a-z0-9][a-z0-9-]{0,49}")) {
                throw new InvalidGuardRulesException(Reason.PATTERN_KEY, List.of(pattern.key()),
                        "extraPatterns: key '" + pattern.key() + "' must be 1 to 50 of a-z, 0-9 and -", null);
            }
            if (!keys.add(pattern.key())) {
                throw new InvalidGuardRulesException(Reason.PATTERN_KEY_TWICE, List.of(pattern.key()),
                        "extraPatterns: key '" + pattern.key() + "' is used twice", null);
            }
            try {
                pattern.compile();
            } catch (IllegalArgumentException e) {
                String why = e.getCause() instanceof PatternSyntaxException syntax ? syntax.getDescription() : e.getMessage();
                throw new InvalidGuardRulesException(Reason.NOT_A_REGEX, List.of(pattern.key(), why),
                        "extraPatterns: " + e.getMessage(), e);
            }
        }
        return rules;
    }

    private String write(GuardRules rules) {
        try {
            return documents.writeValueAsString(rules);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("guard rules cannot be written as JSON", e);
        }
    }

    private GuardRules read(String document) {
        try {
            return documents.readValue(document, GuardRules.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the stored guard rules are not readable: " + e.getOriginalMessage(), e);
        }
    }
}
