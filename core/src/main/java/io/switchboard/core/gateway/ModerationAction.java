package io.switchboard.core.gateway;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What staff can do to a member's message, or to the member, on its platform. Each gateway says
 * which actions it supports for a conversation ({@link ChannelGateway#moderationActions}):
 * Facebook hides, shows again and deletes page comments but has nothing of the kind for Messenger
 * chats; Telegram deletes messages and mutes or bans members of a group; the forum also locks
 * topics and silences members.
 */
public enum ModerationAction {
    /** Hidden from everyone but its author (and, on Facebook, their friends). */
    HIDE(false),
    /** Shown again after {@link #HIDE}. */
    UNHIDE(false),
    /** Removed for everyone. */
    DELETE(false),
    /** The member can no longer write in that group (Telegram), for a while or for good. */
    MUTE(true),
    /** Lifts {@link #MUTE}. */
    UNMUTE(true),
    /** The member is removed from the group, or the forum, and cannot come back, for a while or for good. */
    BAN(true),
    /** Lifts {@link #BAN}; on Telegram the member may join again by themselves. */
    UNBAN(true),
    /** No more replies in the message's topic (forum). */
    LOCK(false),
    /** The member can read but not write, for a while (forum). */
    SILENCE(true);

    private final boolean onMember;

    ModerationAction(boolean onMember) {
        this.onMember = onMember;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether it acts on the message's author rather than on the message: it needs their platform id. */
    public boolean onMember() {
        return onMember;
    }

    /** {@code hide}, {@code HIDE}...; empty for anything else. */
    public static Optional<ModerationAction> ofKey(String key) {
        String wanted = key == null ? "" : key.strip();
        return Arrays.stream(values()).filter(action -> action.name().equalsIgnoreCase(wanted)).findFirst();
    }

    public static List<String> keys() {
        return Arrays.stream(values()).map(ModerationAction::key).toList();
    }
}
