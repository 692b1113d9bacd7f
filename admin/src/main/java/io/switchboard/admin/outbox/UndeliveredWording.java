package io.switchboard.admin.outbox;

import static io.switchboard.admin.web.KnownTexts.Argument.AS_IS;
import static io.switchboard.admin.web.KnownTexts.Argument.CHANNEL;
import static io.switchboard.admin.web.KnownTexts.Argument.MINUTES;

import io.switchboard.admin.web.KnownTexts;
import io.switchboard.admin.web.KnownTexts.Argument;
import io.switchboard.admin.web.KnownTexts.Known;
import java.util.Locale;
import org.springframework.context.MessageSource;

/**
 * Why a reply is not out yet, or will not go out, in the reader's language: the delivery stores
 * its reasons as short English texts (the API shows them as they are) and a platform's failure as
 * its kind and the platform's own words; the delivery page and a ticket's history word them here.
 */
public final class UndeliveredWording {

    private static final KnownTexts REASONS = new KnownTexts(
            Known.of("not sent: (PT\\S+) old, over the (\\w+) limit of (PT\\S+)", "console.outbox.reason.expired",
                    MINUTES, CHANNEL, MINUTES),
            Known.of("chat unreachable: the bot was blocked or removed", "console.outbox.reason.unreachable"),
            Known.of("no connector configured for (\\w+)", "console.outbox.reason.noConnector", CHANNEL),
            // a sent e-mail the member's mail server returned (the inbox reads the bounce)
            Known.of("bounced: (.*)", "console.outbox.reason.bounced", AS_IS),
            // a platform's failure as the delivery stores it: the kind of failure, the platform's words
            Known.of("(RATE_LIMITED|TRANSIENT|PERMANENT): (.*)", "console.outbox.reason.failed",
                    Argument.keyed("console.announcements.failure."), AS_IS));

    private final MessageSource messages;
    private final Locale locale;

    public UndeliveredWording(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    /** The reason in the reader's language; empty for none; as stored when it is not known. */
    public String reason(String stored) {
        return stored == null ? "" : REASONS.word(stored, messages, locale);
    }
}
