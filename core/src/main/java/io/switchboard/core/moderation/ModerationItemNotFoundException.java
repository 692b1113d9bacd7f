package io.switchboard.core.moderation;

/** No moderation queue item has this id. */
public class ModerationItemNotFoundException extends RuntimeException {

    public ModerationItemNotFoundException(long id) {
        super("no moderation queue item " + id);
    }
}
