package io.switchboard.core.gateway;

import java.util.Locale;

/**
 * What staff can do to a member's message on its platform. Each gateway says which actions it
 * supports for a conversation ({@link ChannelGateway#moderationActions}): Facebook hides, shows
 * again and deletes page comments, but has nothing of the kind for Messenger chats.
 */
public enum ModerationAction {
    /** Hidden from everyone but its author (and, on Facebook, their friends). */
    HIDE,
    /** Shown again after {@link #HIDE}. */
    UNHIDE,
    /** Removed for everyone. */
    DELETE;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
