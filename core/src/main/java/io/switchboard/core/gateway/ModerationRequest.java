package io.switchboard.core.gateway;

import java.time.Duration;
import java.util.Objects;

/**
 * One moderation action for a gateway to carry out.
 *
 * @param conversationKey the conversation as the connector keyed it
 * @param messageId the platform's id of the message, in the connector's form (a Facebook comment
 *     id, a Telegram {@code "<chat id>:<message id>"}, a tweet id, a forum post id)
 * @param memberId the platform id of the message's author; needed by actions
 *     {@link ModerationAction#onMember() on the member}, may be null otherwise
 * @param duration how long a mute, ban or silence lasts; null for good (where the platform allows it)
 * @param actor the staff username, or the rule, that asked for it; for the platform's own records
 * @param reason why, in a few words; may be null
 */
public record ModerationRequest(ModerationAction action, String conversationKey, String messageId,
        String memberId, Duration duration, String actor, String reason) {

    public ModerationRequest {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(conversationKey, "conversationKey");
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(actor, "actor");
        if (duration != null && (duration.isNegative() || duration.isZero())) {
            throw new IllegalArgumentException("duration must be positive, was " + duration);
        }
    }

    /** An action on the message alone (hide, delete...). */
    public static ModerationRequest onMessage(ModerationAction action, String conversationKey, String messageId,
            String actor) {
        return new ModerationRequest(action, conversationKey, messageId, null, null, actor, null);
    }
}
