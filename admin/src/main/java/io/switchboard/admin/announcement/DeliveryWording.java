package io.switchboard.admin.announcement;

import io.switchboard.admin.web.PatternWording;
import io.switchboard.admin.web.PatternWording.Part;
import io.switchboard.admin.web.PatternWording.Rule;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;

/**
 * Why a copy of an announcement failed or was left as it was, in the reader's language. The
 * delivery stores the pipeline's own reasons as short English texts (the API shows them as they are);
 * those are worded here by pattern, with the channel by name. A platform's own error (HTTP status,
 * Telegram's "not enough rights") is shown as the platform said it.
 */
final class DeliveryWording {

    private static final PatternWording REASONS = new PatternWording(List.of(
            Rule.of("no announcement target is configured for (\\w+)", "console.announcements.reason.noTarget",
                    Part.CHANNEL),
            Rule.of("no connector configured for (\\w+)", "console.announcements.reason.noConnector", Part.CHANNEL),
            Rule.of("(.+) is no longer a configured announcement target of (\\w+)",
                    "console.announcements.reason.targetRemoved", Part.AS_IS, Part.CHANNEL),
            Rule.of("waiting for the send rate limit", "console.announcements.reason.rateLimit"),
            Rule.of("(\\w+) cannot edit a published post: this copy keeps the text it was published with",
                    "console.announcements.reason.cannotEdit", Part.CHANNEL)));

    private final MessageSource messages;
    private final Locale locale;

    DeliveryWording(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    String reason(String stored) {
        return REASONS.word(stored, messages, locale).orElse(stored);
    }
}
