package io.switchboard.admin.moderation;

import io.switchboard.core.gateway.ModerationAction;
import io.switchboard.core.thread.ThreadMessage;

/** What a moderation action left the message as, once the platform confirmed it. */
record ModerationOutcome(Long messageId, String channel, String action, boolean hidden, boolean removed) {

    static ModerationOutcome of(ThreadMessage message, ModerationAction action) {
        return new ModerationOutcome(message.getId(), message.getChannel().key(), action.key(), message.isHidden(),
                message.isRemoved());
    }
}
