package io.switchboard.admin.ticket;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** Reads a ticket reference from a URL: its id ("12") or its number ("T-12", any case). */
final class TicketReference {

    private static final Pattern ID_OR_NUMBER = Pattern.compile("(?i)(?:T-)?(\\d{1,18})");

    private TicketReference() {
    }

    static long id(String reference) {
        Matcher matcher = ID_OR_NUMBER.matcher(reference.trim());
        if (!matcher.matches()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "'" + reference + "' is not a ticket id: use a number (12) or a ticket number (T-12)");
        }
        return Long.parseLong(matcher.group(1));
    }
}
