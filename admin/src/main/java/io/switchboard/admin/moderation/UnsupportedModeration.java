package io.switchboard.admin.moderation;

import io.switchboard.core.gateway.ModerationAction;
import java.util.List;

/** An action that does not exist, or that the platform does not offer for this message. */
class UnsupportedModeration extends RuntimeException {

    private final List<String> allowed;

    private UnsupportedModeration(String message, List<String> allowed) {
        super(message);
        this.allowed = allowed;
    }

    /** @param known the actions the endpoint takes */
    static UnsupportedModeration unknown(String action, List<ModerationAction> known) {
        return new UnsupportedModeration("unknown moderation action '" + action + "'",
                known.stream().map(ModerationAction::key).toList());
    }

    /** Messenger chats, say, cannot be hidden: {@code allowed} is what the platform offers there. */
    static UnsupportedModeration notOffered(ModerationAction action, List<String> allowed) {
        return new UnsupportedModeration("the platform does not let staff " + action.key() + " this message"
                + (allowed.isEmpty() ? " (it offers no moderation here)" : ""), allowed);
    }

    List<String> allowed() {
        return allowed;
    }
}
