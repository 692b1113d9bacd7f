package io.switchboard.core.moderation;

import io.switchboard.core.channel.Channel;
import io.switchboard.core.gateway.ModerationAction;
import io.switchboard.core.guard.GuardDecision;
import io.switchboard.core.thread.Direction;
import io.switchboard.core.thread.ThreadMessage;
import io.switchboard.core.thread.ThreadMessageRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The messages of queue items as they stand ({@link MessageState}), and their support threads kept
 * as the platform has them once an action on them is done, whoever did it (the queue, the thread
 * view, a channel's own tools). Called inside the callers' transactions.
 */
@Component
class QueuedMessages implements ModeratedMessages {

    /** The guard's removal of a message, as {@code GuardDecision#getRemoval()} stores it, that cannot be undone. */
    private static final String DELETED = "DELETED";

    private final ThreadMessageRepository messages;
    private final MessageStandings standings;

    QueuedMessages(ThreadMessageRepository messages, MessageStandings standings) {
        this.messages = messages;
        this.standings = standings;
    }

    MessageStanding standing(ModerationItem item) {
        Optional<GuardDecision> guard = standings.guardRemoval(item.getChannel(), item.getMessageId());
        MessageState state = stored(item.getChannel(), item.getMessageId())
                .map(message -> MessageState.of(message.isHidden(), message.isRemoved()))
                .or(() -> guard.map(decision -> DELETED.equals(decision.getRemoval()) ? MessageState.REMOVED
                        : MessageState.HIDDEN))
                .orElseGet(() -> byItsSteps(item.getSteps()));
        return new MessageStanding(state, guard.map(GuardDecision::getId).orElse(null));
    }

    /** The platform did the action: the message's thread shows it hidden, shown again or removed. */
    @Override
    public void moderated(Channel channel, String messageId, ModerationAction action, Instant at) {
        stored(channel, messageId).ifPresent(message -> {
            switch (action) {
                case HIDE -> message.hide(true);
                case UNHIDE -> message.hide(false);
                case DELETE -> message.markRemoved(at);
                default -> {
                    // actions on the member or the topic leave the message as it is
                }
            }
        });
    }

    private Optional<ThreadMessage> stored(Channel channel, String messageId) {
        return messages.findFirstByChannelAndDirectionAndExternalId(channel, Direction.IN, messageId);
    }

    /** A message no thread holds (a forum post outside the support board): the item's last action done on it. */
    private static MessageState byItsSteps(List<ModerationStep> steps) {
        for (int i = steps.size() - 1; i >= 0; i--) {
            ModerationStep step = steps.get(i);
            if (step.getOutcome() == ModerationStep.Outcome.DONE) {
                switch (step.getAction()) {
                    case HIDE -> {
                        return MessageState.HIDDEN;
                    }
                    case UNHIDE -> {
                        return MessageState.VISIBLE;
                    }
                    case DELETE -> {
                        return MessageState.REMOVED;
                    }
                    default -> {
                        // not about the message
                    }
                }
            }
        }
        return MessageState.VISIBLE;
    }
}
