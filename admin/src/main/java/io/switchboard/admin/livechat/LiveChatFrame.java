package io.switchboard.admin.livechat;

import com.fasterxml.jackson.databind.JsonNode;
import io.switchboard.core.livechat.FrameKind;
import java.time.Instant;

/**
 * A line of the visitor's window as the agent reads it.
 *
 * @param text for {@link FrameKind#SYSTEM} the note worded in the agent's language
 * @param details the stored card, choices, files, code and args, or null
 */
public record LiveChatFrame(long seq, FrameKind kind, String author, String text, Instant at, JsonNode details) {
}
