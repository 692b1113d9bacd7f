package io.switchboard.core.moderation;

import io.switchboard.core.channel.Channel;
import io.switchboard.core.gateway.ModerationAction;
import java.util.Collection;
import java.util.List;

/**
 * Where a member's message stands, and so which moderation actions still make sense for it: the
 * one rule of the moderation queue and the console's thread view ({@link MessageState#pointless}).
 *
 * @param guardDecision the scam guard's standing decision that took the message away; null for none
 */
public record MessageStanding(MessageState state, Long guardDecision) {

    /**
     * Why the action would change nothing or belongs elsewhere; null when it makes sense.
     *
     * @param held whether the message is a post waiting for approval, which showing approves
     */
    public MessageState.Pointless pointless(ModerationAction action, boolean held) {
        return state.pointless(action, guardDecision != null, held);
    }

    /** Those of the offered actions that still make sense, in the actions' order. */
    public List<ModerationAction> sensible(Collection<ModerationAction> offered, boolean held) {
        return offered.stream().filter(action -> pointless(action, held) == null).sorted().toList();
    }

    /**
     * Refuses an action that makes no sense for the message as it stands, before anything is sent.
     *
     * @param offered what the channel offers for the message, of which the refusal lists the sensible ones
     * @throws ModerationRefusedException {@link ModerationRefusedException.Reason#POINTLESS}, with why and
     *     the actions still available
     */
    public void check(ModerationAction action, boolean held, Channel channel, String messageId,
            Collection<ModerationAction> offered) {
        MessageState.Pointless pointless = pointless(action, held);
        if (pointless != null) {
            throw new ModerationRefusedException(pointless, why(pointless, action, channel.key() + " message " + messageId),
                    sensible(offered, held).stream().map(ModerationAction::key).toList());
        }
    }

    /** Nothing was sent: what the message is like now, and where to go instead. */
    private String why(MessageState.Pointless pointless, ModerationAction action, String message) {
        return switch (pointless) {
            case HIDDEN_ALREADY -> message + " is hidden already: nothing was done";
            case NOT_HIDDEN -> message + " is not hidden: there is nothing to show again";
            case REMOVED -> message + " was deleted: there is nothing left to " + action.key();
            case GUARD_DECISION -> "the scam guard hid " + message + ": undo its decision " + guardDecision
                    + " on the guard page to show it again (that also lifts what it did to the member)";
        };
    }
}
