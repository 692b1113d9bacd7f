package io.switchboard.core.guard;

import java.util.Locale;

/** What the guard does about a name or a message, configured per severity. */
public enum GuardAction {
    /** Nothing on the platform: the decision goes to the moderation queue; the message is answered as usual. */
    FLAG,
    /** The message is kept from the support pipeline (not answered, no ticket) and held in the moderation queue. */
    HOLD,
    /** The message is removed (hidden where the platform can show it again) and the group is warned. */
    DELETE,
    /** The member can no longer write in the group; a message of theirs is removed as with DELETE. */
    MUTE,
    /** The member is removed from the group; a message of theirs is removed as with DELETE. */
    BAN;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
