package io.switchboard.core.guard;

/** A decision that cannot be undone: already undone, or the platform refused to lift the action. */
public class GuardUndoException extends RuntimeException {

    private final boolean conflict;

    private GuardUndoException(String message, boolean conflict, Throwable cause) {
        super(message, cause);
        this.conflict = conflict;
    }

    /** The decision's state does not allow it (already undone). */
    public static GuardUndoException conflict(String message) {
        return new GuardUndoException(message, true, null);
    }

    /** The platform did not lift the action. */
    public static GuardUndoException platform(String message, Throwable cause) {
        return new GuardUndoException(message, false, cause);
    }

    public boolean isConflict() {
        return conflict;
    }
}
