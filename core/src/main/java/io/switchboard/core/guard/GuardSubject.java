package io.switchboard.core.guard;

/** What a guard decision was about. */
public enum GuardSubject {
    /** A member's display name or username, when they joined a group or posted. */
    NAME,
    /** The text of a message. */
    MESSAGE
}
