package io.switchboard.core.moderation;

import java.util.List;

/** Staff asked for something the queue cannot do; nothing was sent to the platform and nothing changed. */
public class ModerationRefusedException extends RuntimeException {

    public enum Reason {
        /** The channel does not offer that action for the item; {@link #allowed()} lists what it offers. */
        UNSUPPORTED,
        /** The channel's connector is off: nothing can reach the platform. */
        CONNECTOR_OFF,
        /** Dismissing an item that is handled already. */
        HANDLED,
        /** The action makes no sense for the message as it stands ({@link #pointless()} says why). */
        POINTLESS
    }

    private final Reason reason;
    private final List<String> allowed;
    private final MessageState.Pointless pointless;

    ModerationRefusedException(Reason reason, String message, List<String> allowed) {
        this(reason, message, allowed, null);
    }

    ModerationRefusedException(MessageState.Pointless pointless, String message, List<String> allowed) {
        this(Reason.POINTLESS, message, allowed, pointless);
    }

    private ModerationRefusedException(Reason reason, String message, List<String> allowed,
            MessageState.Pointless pointless) {
        super(message);
        this.reason = reason;
        this.allowed = List.copyOf(allowed);
        this.pointless = pointless;
    }

    public Reason reason() {
        return reason;
    }

    public List<String> allowed() {
        return allowed;
    }

    /** Why the action makes no sense now, for {@link Reason#POINTLESS}; null otherwise. */
    public MessageState.Pointless pointless() {
        return pointless;
    }
}
