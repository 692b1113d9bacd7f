package io.switchboard.connector.email.reading;

import java.util.Collection;
import java.util.Optional;

/**
 * Mail that a machine sent, which must never get an answer (RFC 3834), and mail that claims one of the
 * exchange's domains but fails the sender checks. PLACEHOLDER: only Auto-Submitted so far; the reading helper
 * writes the rules.
 */
public final class MachineMail {

    private MachineMail() {
    }

    /**
     * Why this mail must not be answered, read from its headers alone: {@code Auto-Submitted} other than
     * {@code no}, {@code Precedence: bulk/junk/list}, {@code List-Id}, a mailer-daemon or postmaster sender,
     * a delivery report. Empty for mail a person wrote.
     */
    public static Optional<String> noAnswerReason(ReadMail mail) {
        String autoSubmitted = mail.header("auto-submitted");
        return autoSubmitted != null && !autoSubmitted.strip().equalsIgnoreCase("no")
                ? Optional.of("Auto-Submitted: " + autoSubmitted.strip()) : Optional.empty();
    }

    /**
     * Why a mail that claims one of our domains in its From is not from us: the receiving server's
     * {@code Authentication-Results} say SPF or DMARC failed for it. Empty when it passes, claims no domain
     * of ours, or carries no results.
     */
    public static Optional<String> impersonation(ReadMail mail, Collection<String> ownDomains) {
        return Optional.empty();
    }
}
