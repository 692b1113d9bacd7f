package io.switchboard.core.guard;

import io.switchboard.core.channel.Channel;
import java.util.List;
import java.util.Objects;

/**
 * A decision that cannot be undone: already undone, or the platform refused to lift the action.
 */
public class GuardUndoException extends GuardRefusal {

    /** Why not; the arguments each reason carries are listed with it. */
    public enum Reason {
        /** Who undid it. */
        UNDONE_ALREADY,
        /** No argument: undoing needs the support pipeline, which does not run in this process. */
        NO_PIPELINE,
        /** The channel's key, then the platform's own error. */
        PLATFORM
    }

    private GuardUndoException(Reason reason, List<String> arguments, String message, Throwable cause) {
        super(reason, arguments, message, cause);
    }

    public static GuardUndoException undoneAlready(long decisionId, String by) {
        return new GuardUndoException(Reason.UNDONE_ALREADY, List.of(by),
                "guard decision " + decisionId + " was undone already by " + by, null);
    }

    public static GuardUndoException noPipeline() {
        return new GuardUndoException(Reason.NO_PIPELINE, List.of(),
                "undoing needs the support pipeline, which is not running here", null);
    }

    /** The platform did not lift the action; {@code error} is what it said. */
    public static GuardUndoException platform(Channel channel, long decisionId, String error, Throwable cause) {
        String said = Objects.toString(error, "");
        return new GuardUndoException(Reason.PLATFORM, List.of(channel.key(), said),
                channel.key() + " did not undo guard decision " + decisionId + ": " + said, cause);
    }

    /** The decision's state does not allow it, rather than the platform refusing. */
    public boolean isConflict() {
        return reason() != Reason.PLATFORM;
    }

    @Override
    public Reason reason() {
        return (Reason) super.reason();
    }
}
