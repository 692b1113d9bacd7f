package io.switchboard.router.guard;

import io.switchboard.core.guard.GuardAction;
import io.switchboard.core.guard.GuardRules;
import io.switchboard.core.guard.Severity;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the scam and impersonation guard ({@code switchboard.guard.*}).
 *
 * @param enabled whether public messages and joins are checked at all
 * @param messages the action on a message by the worst severity found in its text
 * @param names the action on a member by the worst severity found in their name (on joining, or
 *     on a message of theirs)
 * @param muteFor how long a mute lasts
 * @param rulesRefresh how often each instance reads the stored rules again (managers' changes on
 *     another instance reach this one within it; on this instance they apply at once)
 * @param brandNames first start only: the rules are seeded from these four, then edited through
 *     the staff API
 */
@Validated
@ConfigurationProperties("switchboard.guard")
public record GuardProperties(
        @DefaultValue("true") boolean enabled,
        Actions messages,
        Actions names,
        @NotNull @DefaultValue("24h") Duration muteFor,
        @NotNull @DefaultValue("30s") Duration rulesRefresh,
        @NotEmpty @DefaultValue("NovaEx") List<String> brandNames,
        @DefaultValue("novaex.com") List<String> allowedDomains,
        @DefaultValue({}) List<String> staffNames,
        @DefaultValue({}) List<String> allowedHandles) {

    /** Scam messages are deleted (and the group warned) when sure, flagged for moderators otherwise. */
    static final Actions MESSAGE_DEFAULTS = new Actions(GuardAction.DELETE, GuardAction.FLAG, GuardAction.FLAG);
    /** Impersonators are muted when sure, flagged otherwise. */
    static final Actions NAME_DEFAULTS = new Actions(GuardAction.MUTE, GuardAction.FLAG, GuardAction.FLAG);

    public GuardProperties {
        messages = MESSAGE_DEFAULTS.overriddenBy(messages);
        names = NAME_DEFAULTS.overriddenBy(names);
        if (muteFor != null && (muteFor.isNegative() || muteFor.isZero())) {
            throw new IllegalArgumentException("switchboard.guard.mute-for must be positive, got " + muteFor);
        }
        if (rulesRefresh != null && (rulesRefresh.isNegative() || rulesRefresh.isZero())) {
            throw new IllegalArgumentException("switchboard.guard.rules-refresh must be positive, got " + rulesRefresh);
        }
    }

    /** The rules a first start stores. */
    GuardRules seedRules() {
        return new GuardRules(brandNames, staffNames, allowedDomains, allowedHandles, List.of());
    }

    /** The action for each severity; one not configured keeps its default. */
    public record Actions(GuardAction high, GuardAction medium, GuardAction low) {

        Actions overriddenBy(Actions configured) {
            return configured == null ? this : new Actions(configured.high() == null ? high : configured.high(),
                    configured.medium() == null ? medium : configured.medium(),
                    configured.low() == null ? low : configured.low());
        }

        GuardAction forSeverity(Severity severity) {
            return switch (severity) {
                case HIGH -> high;
                case MEDIUM -> medium;
                case LOW -> low;
            };
        }
    }
}
