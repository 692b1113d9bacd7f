package io.switchboard.core.moderation;

import io.switchboard.core.channel.Channel;
import io.switchboard.core.gateway.ModerationAction;
import java.time.Duration;

/**
 * Where every channel, and every rule, puts what moderators should look at. One open item per
 * message, and one flag per flagger on it: flagging a message that is already waiting counts one
 * more flagger on that item, and a flagger who flagged it already, or the same report delivered
 * again, changes nothing.
 */
public interface ModerationQueue {

    /** What a flag did to the queue. */
    enum Effect {
        /** It opened an item for the message. */
        OPENED,
        /** It counted one more flagger on the message's waiting item. */
        COUNTED,
        /** Its flagger had flagged the waiting item already: nothing changed. */
        REPEATED,
        /** The very same report (by its {@link ModerationFlag#reportId()}) came again: nothing changed. */
        REDELIVERED;

        /** True when the flag made a difference: it opened an item or counted on one. */
        public boolean counted() {
            return this == OPENED || this == COUNTED;
        }
    }

    /** The item that holds a flag, and what the flag did. */
    record Flagged(long itemId, Effect effect) {
    }

    Flagged flag(ModerationFlag flag);

    /**
     * Records on an item an action a rule asked the platform for and did not get (refused, not
     * offered there), so moderators see what is left to do; the item stays open.
     *
     * @param duration how long the action was to last; null for good or for actions without one
     * @param actor the rule that asked for it
     * @param detail why it was not done
     */
    void recordFailure(long itemId, ModerationAction action, Duration duration, String actor, String detail);

    /**
     * The message was dealt with where it lives (a moderator resolved the forum flags on a post):
     * its open items are marked handled. Nothing happens when none is open.
     *
     * @param actor the staff username
     */
    void handled(Channel channel, String messageId, String actor);
}
