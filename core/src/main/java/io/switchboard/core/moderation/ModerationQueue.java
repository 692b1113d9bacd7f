package io.switchboard.core.moderation;

import io.switchboard.core.channel.Channel;

/**
 * Where every channel, and every rule, puts what moderators should look at. One open item per
 * message: flagging a message that is already waiting counts one more flag on that item.
 */
public interface ModerationQueue {

    /** The item that holds a flag, and whether the flag opened it (false: it joined a waiting one). */
    record Flagged(long itemId, boolean opened) {
    }

    Flagged flag(ModerationFlag flag);

    /**
     * The message was dealt with where it lives (a moderator resolved the forum flags on a post):
     * its open items are marked handled. Nothing happens when none is open.
     *
     * @param actor the staff username
     */
    void handled(Channel channel, String messageId, String actor);
}
