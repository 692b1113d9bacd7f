package io.switchboard.core.livechat;

import java.time.Instant;

/**
 * Someone who opened the chat widget: one conversation (its key is also the thread's conversation key and chat
 * id on the WEBCHAT channel).
 *
 * @param visitorKey {@code a:<random id>} for an anonymous visitor, {@code u:<the site's user id>} for one the
 *     embedding site identified
 * @param email where the conversation is answered when nobody is online, or null
 * @param lastSeq the seq of the newest frame of the conversation, 0 before the first
 */
public record ChatVisitor(String visitorKey, boolean identified, String displayName, String email,
        String language, long lastSeq, Instant createdAt, Instant lastSeenAt) {

    public static final String ANONYMOUS_PREFIX = "a:";
    public static final String IDENTIFIED_PREFIX = "u:";
}
