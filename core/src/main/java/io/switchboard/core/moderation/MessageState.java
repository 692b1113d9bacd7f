package io.switchboard.core.moderation;

import io.switchboard.core.gateway.ModerationAction;

/**
 * Where a queued message stands on its platform now, as Switchboard knows it: from its support
 * thread, which the guard, the thread view and the queue keep as the platform has it, else from the
 * guard's removal of it, else from the item's own actions. It decides which of the channel's
 * actions still make sense, the same rule the thread view follows: nothing to hide twice, nothing
 * to show that is not hidden, nothing left of a deleted message, and a message the scam guard hid
 * shown again only by undoing its decision, which also lifts what it did to the member.
 */
public enum MessageState {
    VISIBLE, HIDDEN, REMOVED;

    /** A support thread's message as it stores it. */
    public static MessageState of(boolean hidden, boolean removed) {
        return removed ? REMOVED : hidden ? HIDDEN : VISIBLE;
    }

    /** Why an action would change nothing, or belongs elsewhere; null when it makes sense. */
    Pointless pointless(ModerationAction action, boolean byGuard, boolean held) {
        return switch (action) {
            case HIDE -> this == REMOVED ? Pointless.REMOVED : this == HIDDEN ? Pointless.HIDDEN_ALREADY : null;
            case UNHIDE -> this == REMOVED ? Pointless.REMOVED
                    : this == HIDDEN ? (byGuard ? Pointless.GUARD_DECISION : null)
                    : held ? null : Pointless.NOT_HIDDEN; // a held post is shown by approving it
            case DELETE -> this == REMOVED ? Pointless.REMOVED : null;
            default -> null; // actions on the member, or the topic, do not depend on the message
        };
    }

    /** Why staff cannot take an action on a message as it stands. */
    public enum Pointless {
        /** Hide on a hidden message. */
        HIDDEN_ALREADY,
        /** Show again on a message that is not hidden. */
        NOT_HIDDEN,
        /** Any action on the message once it is deleted. */
        REMOVED,
        /** Show again on a message the scam guard hid: its decision is undone on the guard page. */
        GUARD_DECISION
    }
}
