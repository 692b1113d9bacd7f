package io.switchboard.router.guard;

import io.switchboard.core.guard.Severity;
import java.util.Objects;

/**
 * One rule that fired on a name or a message.
 *
 * @param rule the rule's id ({@code name.brand}, {@code link.lookalike}, {@code custom.<key>}...),
 *     recorded with every decision so a false positive can be traced to it
 * @param severity how serious the rule considers it
 * @param explanation what was seen, for moderators
 */
public record Finding(String rule, Severity severity, String explanation) {
    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(explanation, "explanation");
    }
}
