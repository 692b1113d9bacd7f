package io.switchboard.router.decision;

import java.util.Objects;

/**
 * What the policy needs to know about a message besides the answer engine's verdict.
 *
 * @param addressesBot it mentions the bot, replies to the bot, or is a bot command
 * @param openTicket its thread already has an unresolved ticket
 * @param choicesOffered the channel can put buttons under the bot's message in this conversation
 * @param filedRequest it is a request filed through a form ({@link io.switchboard.core.inbound.FiledRequest})
 * @param followsAnswer it is the member's reply to the bot's answer on a channel where such a reply means
 *     the answer did not help (e-mail)
 */
public record MessageFacts(String text, boolean privateChat, boolean addressesBot, boolean hasAttachments,
        boolean openTicket, boolean choicesOffered, boolean filedRequest, boolean followsAnswer) {

    public MessageFacts {
        Objects.requireNonNull(text, "text");
    }

    /** A message that is no reply to an answer that hands over. */
    public MessageFacts(String text, boolean privateChat, boolean addressesBot, boolean hasAttachments,
            boolean openTicket, boolean choicesOffered, boolean filedRequest) {
        this(text, privateChat, addressesBot, hasAttachments, openTicket, choicesOffered, filedRequest, false);
    }

    /** A message that files no request. */
    public MessageFacts(String text, boolean privateChat, boolean addressesBot, boolean hasAttachments,
            boolean openTicket, boolean choicesOffered) {
        this(text, privateChat, addressesBot, hasAttachments, openTicket, choicesOffered, false, false);
    }

    /** A message without buttons offered (every public place, and channels without them). */
    public MessageFacts(String text, boolean privateChat, boolean addressesBot, boolean hasAttachments,
            boolean openTicket) {
        this(text, privateChat, addressesBot, hasAttachments, openTicket, false, false, false);
    }

    /** Private chats are always addressed to the bot. */
    boolean addressed() {
        return privateChat || addressesBot;
    }
}
