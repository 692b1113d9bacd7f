package io.switchboard.connector.telegram;

import io.switchboard.core.moderation.ModerationQueue;
import java.util.Locale;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.ReplyParameters;

/**
 * A member replied {@code /report} to a message in a group, the usual way to call a group's admins:
 * the message goes into the moderation queue, and the bot answers the reporter briefly, in the
 * group, without naming anyone. A {@code /report} that answers no message gets a hint instead.
 *
 * <p>The bot thanks a member once per queue item: a report Telegram delivers again (a webhook retry,
 * or updates not confirmed before a restart) and a member's repeated {@code /report} of a message
 * waiting with their report change nothing in the queue, and get no second answer, so that
 * repeating the command does not make the bot repeat itself in the group.
 */
final class MemberReports {

    private static final Logger log = LoggerFactory.getLogger(MemberReports.class);
    private static final String BUNDLE = "io.switchboard.connector.telegram.reports";
    private static final ResourceBundle.Control ENGLISH_UNLESS_ZH =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final ModerationQueue queue;
    private final BotApi api;

    MemberReports(ModerationQueue queue, BotApi api) {
        this.queue = queue;
        this.api = api;
    }

    /** Throws when the queue could not store the report: the update is then not acknowledged, and comes again. */
    void handle(MappedUpdate.Report report) {
        String answer = "how";
        if (report.flag() != null) {
            ModerationQueue.Flagged flagged = queue.flag(report.flag());
            log.info("Telegram /report in chat {}: message {} is in moderation queue item {} ({})", report.chatId(),
                    report.flag().messageId(), flagged.itemId(), flagged.effect().name().toLowerCase(Locale.ROOT));
            if (!flagged.effect().counted()) {
                return;
            }
            answer = "thanks";
        }
        SendMessage.SendMessageBuilder<?, ?> message = SendMessage.builder()
                .chatId(report.chatId())
                .text(text(report.language(), answer))
                .replyParameters(ReplyParameters.builder().messageId(report.commandMessageId())
                        .allowSendingWithoutReply(true).build());
        if (report.topicId() != null) {
            message.messageThreadId(report.topicId());
        }
        try {
            api.call(message.build());
        } catch (BotApiException e) {
            // the report is in the queue; only the courtesy answer is lost
            log.warn("Telegram /report in chat {} not answered: {}", report.chatId(), e.getMessage());
        }
    }

    private static String text(String language, String key) {
        boolean chinese = language != null && language.toLowerCase(Locale.ROOT).startsWith("zh");
        return ResourceBundle.getBundle(BUNDLE, chinese ? Locale.CHINESE : Locale.ROOT, ENGLISH_UNLESS_ZH)
                .getString(key);
    }
}
