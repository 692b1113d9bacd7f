package io.switchboard.core.guard;

/** How sure and how harmful a finding is; the configured action follows from the highest one. */
public enum Severity {
    /** Worth a moderator's look; often innocent. */
    LOW,
    /** Suspicious on its own: a shortened link, a "DM me for support". */
    MEDIUM,
    /** A scam pattern with little innocent use: a lookalike domain, a request for a seed phrase. */
    HIGH
}
