package io.switchboard.core.knowledge;

/** What a knowledge-base revision did to its article. */
public enum RevisionAction {
    CREATED,
    UPDATED,
    DELETED
}
