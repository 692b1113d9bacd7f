package io.switchboard.forum.topic;

/** Who sees a post (or a topic, by its opening post). */
public enum PostStatus {
    /** Everyone. */
    VISIBLE,
    /** Held for review (a new member's first post with a link): its author and moderators. */
    HELD,
    /** Hidden by a moderator; can be restored. */
    HIDDEN,
    /** Deleted by a moderator: nobody but moderators, and only in the audit log. */
    DELETED
}
