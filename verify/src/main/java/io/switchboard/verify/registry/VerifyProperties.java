package io.switchboard.verify.registry;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the registry ({@code switchboard.verify.*}).
 *
 * @param refresh how often each instance reads the registry again: a manager's change on another instance reaches
 *     this one within it (on this instance it applies at once)
 * @param seed the entries the first start stores; managers keep the list in the console after that
 */
@ConfigurationProperties("switchboard.verify")
public record VerifyProperties(@DefaultValue("30s") Duration refresh, List<OfficialEntryDraft> seed) {

    public VerifyProperties {
        if (refresh.isNegative() || refresh.isZero()) {
            throw new IllegalArgumentException("switchboard.verify.refresh must be positive, got " + refresh);
        }
        seed = seed == null ? List.of() : List.copyOf(seed);
    }
}
