package io.switchboard.core.guard;

/** Published after managers saved new guard rules, so the detector is rebuilt with them. */
public record GuardRulesChanged(GuardRules rules) {
}
