package io.switchboard.router.decision;

import java.util.Objects;

/**
 * What the policy needs to know about a message besides the answer engine's verdict.
 *
 * @param addressesBot it mentions the bot, replies to the bot, or is a bot command
 * @param openTicket its thread already has an unresolved ticket
 */
public record MessageFacts(String text, boolean privateChat, boolean addressesBot, boolean hasAttachments,
        boolean openTicket) {

    public MessageFacts {
        Objects.requireNonNull(text, "text");
    }

    /** Private chats are always addressed to the bot. */
    boolean addressed() {
        return privateChat || addressesBot;
    }
}
