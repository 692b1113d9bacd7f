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
 * @param reportId the platform's id of the report itself (a Telegram {@code /report} command
 *     message), for a channel that may deliver the same report twice: the queue then knows it
 *     again and changes nothing; null for flags that come once (the forum's, the rules')
 */
public record ModerationFlag(Channel channel, String conversationKey, String messageId, String memberId,
        String memberName, String excerpt, String reason, Flagger flaggedBy, boolean held, String reportId) {

    /** The longest {@link #reportId()}: a key is never cut, lest two reports share one. */
    public static final int REPORT_ID_LENGTH = 200;

    public ModerationFlag {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(conversationKey, "conversationKey");
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(flaggedBy, "flaggedBy");
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a flag needs a reason");
        }
        if (reportId != null && (reportId.isBlank() || reportId.length() > REPORT_ID_LENGTH)) {
            throw new IllegalArgumentException("a report id is 1 to " + REPORT_ID_LENGTH + " non-blank characters, not "
                    + reportId.length());
        }
    }

    /** A flag that comes once, without a report id. */
    public ModerationFlag(Channel channel, String conversationKey, String messageId, String memberId,
            String memberName, String excerpt, String reason, Flagger flaggedBy, boolean held) {
        this(channel, conversationKey, messageId, memberId, memberName, excerpt, reason, flaggedBy, held, null);
    }
}
