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
        HANDLED
    }

    private final Reason reason;
    private final List<String> allowed;

    ModerationRefusedException(Reason reason, String message, List<String> allowed) {
        super(message);
        this.reason = reason;
        this.allowed = List.copyOf(allowed);
    }

    public Reason reason() {
        return reason;
    }

    public List<String> allowed() {
        return allowed;
    }
}
