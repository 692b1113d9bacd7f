package io.switchboard.core.livechat;

import java.time.Instant;

/**
 * One line of a visitor's chat window, as stored ({@link ChatFrames}).
 *
 * @param seq its place in the visitor's conversation, from 1, without gaps
 * @param author the agent's name for {@link FrameKind#AGENT}; null otherwise
 * @param clientId the widget's id of a visitor's message; null for the others
 * @param details JSON with what the text alone does not say, or null: {@code card} (the article an answer is:
 *     {@code key}, {@code title}, {@code summary}, {@code url}), {@code choices} (buttons: {@code label},
 *     {@code data}), {@code files} (attachments: {@code id}, {@code name}, {@code type}), and for
 *     {@link FrameKind#SYSTEM} {@code code} and {@code args}
 */
public record ChatFrame(long id, String visitorKey, long seq, FrameKind kind, String author, String text,
        String clientId, String details, Instant createdAt) {
}
