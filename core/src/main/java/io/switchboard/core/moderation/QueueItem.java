package io.switchboard.core.moderation;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * A moderation queue item as staff see it; channel, kind, status, flagger source, actions and
 * outcomes in lower case ({@code telegram}, {@code flagged}, {@code open}, {@code member}, {@code mute}, {@code done}).
 *
 * @param messageState where the message stands: {@code visible}, {@code hidden} or {@code removed}
 * @param guardDecision the scam guard's standing decision that took the message away; null for none
 * @param actions the actions the channel offers for it that still make sense for the message as it
 *     stands (no hiding a hidden one); empty when its connector is off
 * @param steps the actions taken on it so far, oldest first
 */
public record QueueItem(long id, String channel, String conversationKey, String messageId, String memberId,
        String memberName, String excerpt, String kind, String reason, String flaggedBySource, String flaggedBy,
        int flagCount, String status, Instant createdAt, Instant handledAt, String handledBy, String messageState,
        Long guardDecision, List<String> actions, List<Step> steps) {

    /** One action taken, and its outcome; {@code detail} says why it failed. */
    public record Step(long id, String action, Integer durationMinutes, String actor, Instant at, String outcome,
            String detail) {

        static Step of(ModerationStep step) {
            return new Step(step.getId(), step.getAction().key(), step.getDurationMinutes(), step.getActor(),
                    step.getAt(), lower(step.getOutcome()), step.getDetail());
        }
    }

    static QueueItem of(ModerationItem item, MessageStanding standing, List<String> actions) {
        return new QueueItem(item.getId(), item.getChannel().key(), item.getConversationKey(), item.getMessageId(),
                item.getMemberId(), item.getMemberName(), item.getExcerpt(), lower(item.getKind()), item.getReason(),
                item.getFlaggedBy().source().key(), item.getFlaggedBy().id(), item.getFlagCount(),
                lower(item.getStatus()), item.getCreatedAt(), item.getHandledAt(), item.getHandledBy(),
                lower(standing.state()), standing.guardDecision(), List.copyOf(actions), item.getSteps().stream().map(Step::of).toList());
    }

    static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
