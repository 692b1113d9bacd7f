package io.switchboard.connector.email.sending;

import java.util.List;

/**
 * What a mail needs to know of the conversation it belongs to; {@link #STANDALONE} for a mail outside any support
 * thread (a help-center notice).
 *
 * @param threadSubject the subject of the mail that opened the thread (its title), null when unknown
 * @param language the thread's language code, null when unknown
 * @param ticketNumber the thread's latest ticket as {@code T-123}, null when it has none
 * @param lastInboundId the Message-ID (without {@code <>}) of the member's latest mail, null when none
 * @param messageIds the Message-IDs (without {@code <>}) of the thread's mails, ours and theirs, oldest first
 * @param agentName the display name of the staff member who replies, null for the bot
 */
record ReplyFacts(String threadSubject, String language, String ticketNumber, String lastInboundId,
        List<String> messageIds, String agentName) {

    static final ReplyFacts STANDALONE = new ReplyFacts(null, null, null, null, List.of(), null);

    ReplyFacts {
        messageIds = List.copyOf(messageIds);
    }

    ReplyFacts withAgent(String name) {
        return new ReplyFacts(threadSubject, language, ticketNumber, lastInboundId, messageIds, name);
    }
}
