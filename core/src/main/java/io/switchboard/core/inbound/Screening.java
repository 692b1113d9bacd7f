package io.switchboard.core.inbound;

import java.util.Objects;

/**
 * What a connector found about a message before the pipeline reads it, that the pipeline must respect
 * whatever the text says: mail an auto-responder or a mailing list sent, or mail that claims to come from
 * the exchange and fails the sender checks. Most messages carry {@link #NONE}.
 *
 * @param verdict what the pipeline does with the message
 * @param reason why, for staff: for NO_ANSWER a code the console words in each language
 *     ({@code console.mail.screened.<code>}), then {@code ": "} and its detail ({@code auto-submitted: auto-replied});
 *     a reason without a worded code is shown as it is; empty for {@link Verdict#NONE}
 */
public record Screening(Verdict verdict, String reason) {

    public enum Verdict {
        /** Nothing found: the message is decided like every other. */
        NONE,
        /**
         * Kept in its thread and added to its open ticket, but never answered and never the start of a
         * ticket: the sender is a machine (an auto-reply, a list) or writes faster than any person does.
         */
        NO_ANSWER,
        /** Claims to be the exchange and is not: flagged to the guard with the reason, held, never answered. */
        IMPERSONATION
    }

    public static final Screening NONE = new Screening(Verdict.NONE, "");

    public Screening {
        Objects.requireNonNull(verdict, "verdict");
        reason = reason == null ? "" : reason;
    }

    public static Screening noAnswer(String reason) {
        return new Screening(Verdict.NO_ANSWER, reason);
    }

    public static Screening impersonation(String reason) {
        return new Screening(Verdict.IMPERSONATION, reason);
    }
}
