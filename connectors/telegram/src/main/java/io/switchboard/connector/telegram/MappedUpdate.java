package io.switchboard.connector.telegram;

import io.switchboard.core.channel.Channel;
import io.switchboard.core.inbound.InboundMessage;
import io.switchboard.core.inbound.InboundPort;

/** What one Telegram update means for Switchboard, and how it is handed to the {@link InboundPort}. */
sealed interface MappedUpdate {

    /** Hands it over; returns only when the port has stored it, and throws when it could not. */
    void deliverTo(InboundPort port);

    /** One line for the logs, without the message text. */
    String summary();

    /** A message, edit or channel post. */
    record Inbound(InboundMessage message) implements MappedUpdate {
        @Override
        public void deliverTo(InboundPort port) {
            port.accept(message);
        }

        @Override
        public String summary() {
            return message.kind() + " " + message.messageId() + " in " + message.conversationKey()
                    + (message.addressesBot() ? " (addresses the bot)" : "");
        }
    }

    /** The bot was removed from or blocked in a chat, or added back. */
    record Reachability(String chatId, boolean reachable) implements MappedUpdate {
        @Override
        public void deliverTo(InboundPort port) {
            port.chatReachability(Channel.TELEGRAM, chatId, reachable);
        }

        @Override
        public String summary() {
            return "chat " + chatId + (reachable ? " reachable again" : " unreachable");
        }
    }

    /** Nothing for support (a service message, a callback query...): acknowledged and dropped. */
    record Ignored(String reason) implements MappedUpdate {
        @Override
        public void deliverTo(InboundPort port) {
            // acknowledged without storing: there is nothing a support thread could use
        }

        @Override
        public String summary() {
            return "ignored: " + reason;
        }
    }
}
