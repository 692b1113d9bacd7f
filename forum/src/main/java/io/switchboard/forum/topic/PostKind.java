package io.switchboard.forum.topic;

/**
 * What a post is, and so how it is labelled: a member's (staff writing on the forum themselves
 * included), or one of the official posts the support pipeline writes.
 */
public enum PostKind {
    /** Written on the forum by its author. */
    MEMBER,
    /** The support bot's answer to the question (a knowledge-base article, an announcement). */
    ANSWER,
    /** The support bot's notice: a ticket was opened, a greeting, a status. It answers nothing. */
    NOTICE,
    /** A staff member's reply from the console, posted as that staff member. */
    STAFF_REPLY,
    /** An announcement's forum copy. */
    ANNOUNCEMENT;

    public boolean isOfficial() {
        return this != MEMBER;
    }

    /** Whether a post of this kind can be accepted as an answer: notices and announcements answer nothing. */
    public boolean answers() {
        return this == MEMBER || this == ANSWER || this == STAFF_REPLY;
    }
}
