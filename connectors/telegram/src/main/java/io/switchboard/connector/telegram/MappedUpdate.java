package io.switchboard.connector.telegram;

import io.switchboard.core.channel.Channel;
import io.switchboard.core.inbound.InboundMessage;
import io.switchboard.core.inbound.InboundPort;
import io.switchboard.core.moderation.ModerationFlag;

/** What one Telegram update means for Switchboard, and how it is handed to the {@link InboundPort}. */
sealed interface MappedUpdate {

    /** Hands it over; returns only when it is stored, and throws when it could not be. */
    void deliverTo(InboundPort port, MemberReports reports, CallbackAnswers callbacks);

    /** One line for the logs, without the message text. */
    String summary();

    /** A message, edit or channel post. */
    record Inbound(InboundMessage message) implements MappedUpdate {
        @Override
        public void deliverTo(InboundPort port, MemberReports reports, CallbackAnswers callbacks) {
            port.accept(message);
        }

        @Override
        public String summary() {
            return message.kind() + " " + message.messageId() + " in " + message.conversationKey()
                    + (message.addressesBot() ? " (addresses the bot)" : "");
        }
    }

    /**
     * A member pressed one of the bot's inline buttons: the press is stored, then the callback query
     * answered. A press the pipeline can do nothing with (no message or no data, as for a button of
     * an inline-mode message) is only answered.
     *
     * @param message the press as a {@link io.switchboard.core.inbound.InboundKind#CHOICE}, or null
     */
    record Press(InboundMessage message, String callbackQueryId) implements MappedUpdate {
        @Override
        public void deliverTo(InboundPort port, MemberReports reports, CallbackAnswers callbacks) {
            if (message != null) {
                port.accept(message);
            }
            callbacks.answer(callbackQueryId);
        }

        @Override
        public String summary() {
            return message == null ? "button press " + callbackQueryId + " without a message or data: answered only"
                    : "button press " + message.messageId() + " under " + message.replyToMessageId();
        }
    }

    /** The bot was removed from or blocked in a chat, or added back. */
    record Reachability(String chatId, boolean reachable) implements MappedUpdate {
        @Override
        public void deliverTo(InboundPort port, MemberReports reports, CallbackAnswers callbacks) {
            port.chatReachability(Channel.TELEGRAM, chatId, reachable);
        }

        @Override
        public String summary() {
            return "chat " + chatId + (reachable ? " reachable again" : " unreachable");
        }
    }

    /**
     * A member's {@code /report} in a group: for moderators, not for the support pipeline.
     *
     * @param flag the reported message for the moderation queue; null when the command answered none
     * @param topicId the forum topic to answer in, or null
     * @param language the reporter's Telegram language, for the answer; may be null
     */
    record Report(ModerationFlag flag, String chatId, Integer topicId, int commandMessageId, String language)
            implements MappedUpdate {
        @Override
        public void deliverTo(InboundPort port, MemberReports reports, CallbackAnswers callbacks) {
            reports.handle(this);
        }

        @Override
        public String summary() {
            return "/report in chat " + chatId + (flag == null ? " answering no message" : " of " + flag.messageId());
        }
    }

    /** Nothing for support (a service message, a poll...): acknowledged and dropped. */
    record Ignored(String reason) implements MappedUpdate {
        @Override
        public void deliverTo(InboundPort port, MemberReports reports, CallbackAnswers callbacks) {
            // acknowledged without storing: there is nothing a support thread could use
        }

        @Override
        public String summary() {
            return "ignored: " + reason;
        }
    }
}
