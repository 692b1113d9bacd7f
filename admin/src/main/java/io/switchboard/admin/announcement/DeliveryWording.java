package io.switchboard.admin.announcement;

import io.switchboard.core.channel.Channel;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;

/**
 * Why a copy of an announcement failed or was left as it was, in the reader's language. The
 * delivery stores the pipeline's own reasons as short English texts (the API shows them as they are);
 * those are worded here by pattern, with the channel by name. A platform's own error (HTTP status,
 * Telegram's "not enough rights") is shown as the platform said it.
 */
final class DeliveryWording {

    /** A stored reason of the pipeline and the message key that words it; groups are channel keys or targets. */
    private record Reason(Pattern pattern, String key, boolean firstIsTarget) {
    }

    private static final List<Reason> REASONS = List.of(
            new Reason(Pattern.compile("no announcement target is configured for (\\w+)"),
                    "console.announcements.reason.noTarget", false),
            new Reason(Pattern.compile("no connector configured for (\\w+)"),
                    "console.announcements.reason.noConnector", false),
            new Reason(Pattern.compile("(.+) is no longer a configured announcement target of (\\w+)"),
                    "console.announcements.reason.targetRemoved", true),
            new Reason(Pattern.compile("waiting for the send rate limit"),
                    "console.announcements.reason.rateLimit", false),
            new Reason(Pattern.compile("(\\w+) cannot edit a published post: this copy keeps the text it was published with"),
                    "console.announcements.reason.cannotEdit", false));

    private final MessageSource messages;
    private final Locale locale;

    DeliveryWording(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    String reason(String stored) {
        for (Reason reason : REASONS) {
            Matcher matcher = reason.pattern().matcher(stored);
            if (matcher.matches()) {
                Object[] arguments = new Object[matcher.groupCount()];
                for (int group = 1; group <= matcher.groupCount(); group++) {
                    boolean target = reason.firstIsTarget() && group == 1;
                    arguments[group - 1] = target ? matcher.group(group) : channel(matcher.group(group));
                }
                return messages.getMessage(reason.key(), arguments, locale);
            }
        }
        return stored;
    }

    private String channel(String key) {
        try {
            return messages.getMessage("console.channel." + Channel.fromKey(key).name(), null, key, locale);
        } catch (IllegalArgumentException unknown) {
            return key;
        }
    }
}
