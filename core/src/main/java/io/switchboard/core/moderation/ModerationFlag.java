package io.switchboard.core.moderation;

import io.switchboard.core.channel.Channel;
import java.util.Objects;

/**
 * A message someone wants moderators to look at.
 *
 * @param conversationKey and {@code messageId}: the message as its connector keys it, the same
 *     form the channel's gateway takes to moderate it
 * @param memberId the platform id of the message's author, needed to mute or ban them; may be null
 * @param memberName how the author shows on the platform; may be null
 * @param excerpt the start of the message, for the queue; may be null
 * @param reason why, in a few words ("reported by a member", "first post with a link")
 * @param held true when the message waits for approval and nobody sees it yet (a held forum
 *     post), false when it is out and was flagged
 */
public record ModerationFlag(Channel channel, String conversationKey, String messageId, String memberId,
        String memberName, String excerpt, String reason, Flagger flaggedBy, boolean held) {

    public ModerationFlag {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(conversationKey, "conversationKey");
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(flaggedBy, "flaggedBy");
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a flag needs a reason");
        }
    }
}
