package io.switchboard.admin.moderation;

import static io.switchboard.admin.web.KnownTexts.Argument.ACTION;
import static io.switchboard.admin.web.KnownTexts.Argument.CHANNEL;

import io.switchboard.admin.web.KnownTexts;
import io.switchboard.admin.web.KnownTexts.Argument;
import io.switchboard.admin.web.KnownTexts.Known;
import io.switchboard.core.moderation.QueueItem;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;

/**
 * The moderation queue's stored English texts in the reader's language: why an action failed
 * (the desk's and the scam guard's own texts, and the platforms' known refusals: missing rights,
 * timeouts, rate limits, actions a channel does not offer), why the scam guard, the forum's
 * first-post hold or a member (a forum flag, a Telegram /report) queued an item, and why the queue
 * refused an action (a channel that does not offer it, a connector that is off).
 * The page shows the platform's own words beside them, smaller; what is not recognised is shown as
 * stored, and the API always shows it as stored.
 */
final class QueueWording {

    /** Most specific first: the platform's words inside the desk's "refused: ..." say more than "refused". */
    private static final KnownTexts FAILURES = new KnownTexts(
            Known.of("the (\\w+) connector is off", "console.moderation.failure.connectorOff", CHANNEL),
            Known.of("(\\w+) offers no (\\w+) for messages of .*", "console.moderation.failure.notOffered",
                    CHANNEL, ACTION),
            Known.of("(?:the platform refused: )?(?:the )?(\\w+) cannot (\\w+)\\b.*", "console.moderation.failure.notOffered",
                    CHANNEL, ACTION),
            Known.of("the platform asked to wait (\\d+) s\\b.*", "console.moderation.failure.rateLimited"),
            Known.of("(?i).*\\b(?:too many requests|rate limit).*", "console.moderation.failure.rateLimitedNoTime"),
            Known.of("(?i).*not enough rights.*", "console.moderation.failure.rights"),
            Known.of("(?i).*\\b(?:timed out|timeout)\\b.*", "console.moderation.failure.timeout"),
            Known.of("the platform could not be reached or failed, try again: .*", "console.moderation.failure.unreachable"),
            Known.of("(?:the platform refused: )?the forum refused to (\\w+): .*", "console.moderation.failure.forumRefused",
                    ACTION),
            Known.of("(?:the platform refused: )?the forum (\\w+?)s members for a set time: give a duration",
                    "console.moderation.failure.needsDuration", ACTION),
            Known.of("the platform refused: .*", "console.moderation.failure.refused"),
            Known.of("(\\w+) failed to (\\w+): .*", "console.moderation.failure.connectorFailed", CHANNEL,
                    ACTION));

    private static final KnownTexts REASONS = new KnownTexts(
            Known.of("scam guard (\\S+) on the member's name \\(decision (\\d+)\\)", "console.moderation.reason.guardName"),
            Known.of("scam guard (\\S+) \\(decision (\\d+)\\)", "console.moderation.reason.guard"),
            Known.of("held for approval: a new member's first post with a link", "console.moderation.reason.firstPostLink"),
            Known.of("flagged as (spam|scam|abuse|off-topic): (.*)", "console.moderation.reason.memberFlagNote",
                    Argument.keyed("console.moderation.flagReason.")),
            Known.of("flagged as (spam|scam|abuse|off-topic)", "console.moderation.reason.memberFlag",
                    Argument.keyed("console.moderation.flagReason.")),
            Known.of("reported with /report in (.*)", "console.moderation.reason.telegramReport"));

    /** Why the queue took no action at all (nothing was sent), as {@code ModerationDesk} and the page say it. */
    private static final KnownTexts REFUSALS = new KnownTexts(
            Known.of("the (\\w+) connector is off, so nothing can be moderated there",
                    "console.moderation.refusal.connectorOff", CHANNEL),
            Known.of("(\\w+) does not offer (\\w+) for this item \\(it offers nothing here: dismiss it once handled\\)",
                    "console.moderation.refusal.offersNothing", CHANNEL, ACTION),
            Known.of("(\\w+) does not offer (\\w+) for this item", "console.moderation.failure.notOffered", CHANNEL, ACTION),
            Known.of("moderation queue item (\\d+) is handled already", "console.moderation.refusal.handled"),
            Known.of("no moderation action '(.*)'", "console.moderation.refusal.unknownAction"));

    private final MessageSource messages;
    private final Locale locale;

    QueueWording(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    /** Each failed step's reason worded, by step id; steps whose reason is not recognised are left out. */
    Map<Long, String> failures(Collection<QueueItem> items) {
        Map<Long, String> worded = new HashMap<>();
        items.forEach(item -> item.steps().forEach(step -> FAILURES.find(step.detail(), messages, locale)
                .ifPresent(text -> worded.put(step.id(), text))));
        return worded;
    }

    /** Why nothing was done, worded; as stored when it is not one of those known. */
    String refusal(String stored) {
        return REFUSALS.word(stored, messages, locale);
    }

    /** Each item's reason worded, by item id, where it is one of those known; a member's own note stays as written. */
    Map<Long, String> reasons(Collection<QueueItem> items) {
        Map<Long, String> worded = new HashMap<>();
        items.forEach(item -> REASONS.find(item.reason(), messages, locale)
                .ifPresent(text -> worded.put(item.id(), text)));
        return worded;
    }
}
