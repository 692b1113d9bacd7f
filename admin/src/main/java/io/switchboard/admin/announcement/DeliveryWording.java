package io.switchboard.admin.announcement;

import static io.switchboard.admin.web.KnownTexts.Argument.AS_IS;
import static io.switchboard.admin.web.KnownTexts.Argument.CHANNEL;

import io.switchboard.admin.web.KnownTexts;
import io.switchboard.admin.web.KnownTexts.Argument;
import io.switchboard.admin.web.KnownTexts.Known;
import java.util.Locale;
import org.springframework.context.MessageSource;

/**
 * Why a copy of an announcement failed or was left as it was, in the reader's language. The
 * delivery stores the pipeline's own reasons as short English texts (the API shows them as they are);
 * those are worded here by pattern, with the channel by name. A platform's own error (HTTP status,
 * Telegram's "not enough rights") is shown as the platform said it, after the step and the kind of failure.
 */
final class DeliveryWording {

    private static final KnownTexts REASONS = new KnownTexts(
            Known.of("no announcement target is configured for (\\w+)", "console.announcements.reason.noTarget", CHANNEL),
            Known.of("no connector configured for (\\w+)", "console.announcements.reason.noConnector", CHANNEL),
            Known.of("(.+) is no longer a configured announcement target of (\\w+)",
                    "console.announcements.reason.targetRemoved", AS_IS, CHANNEL),
            Known.of("waiting for the send rate limit", "console.announcements.reason.rateLimit"),
            Known.of("(\\w+) is held back after failures", "console.announcements.reason.heldBack", CHANNEL),
            Known.of("(\\w+) cannot edit a published post: this copy keeps the text it was published with",
                    "console.announcements.reason.cannotEdit", CHANNEL),
            // a platform's refusal as the fan-out stores it: the step, the kind of failure, the platform's words
            Known.of("(PUBLISH|PIN|EDIT|RETRACT|UNPIN) (RATE_LIMITED|TRANSIENT|PERMANENT): (.*)",
                    "console.announcements.reason.failed", Argument.keyed("console.announcements.failedStep."),
                    Argument.keyed("console.announcements.failure."), AS_IS));

    private final MessageSource messages;
    private final Locale locale;

    DeliveryWording(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    String reason(String stored) {
        return REASONS.word(stored, messages, locale);
    }
}
