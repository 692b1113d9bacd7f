package io.switchboard.router.decision;

import io.switchboard.core.ticket.Ticket;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A member asking where their tickets stand: {@code /status}, or {@code /status T-12} for one.
 *
 * @param reference what followed the command, or null for the member's latest tickets
 */
public record StatusRequest(String reference) {

    private static final Pattern NUMBER = Pattern.compile("^(?:" + Ticket.NUMBER_PREFIX + "|#)?(\\d{1,18})$",
            Pattern.CASE_INSENSITIVE);

    /** The member asked about their latest tickets. */
    public boolean latest() {
        return reference == null;
    }

    /** The ticket id the reference names ("T-12", "t-12", "#12" or "12"); empty for anything else. */
    public Optional<Long> ticketId() {
        if (reference == null) {
            return Optional.empty();
        }
        Matcher number = NUMBER.matcher(reference.toUpperCase(Locale.ROOT));
        return number.matches() ? Optional.of(Long.parseLong(number.group(1))) : Optional.empty();
    }
}
