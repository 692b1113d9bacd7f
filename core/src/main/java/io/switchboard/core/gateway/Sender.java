package io.switchboard.core.gateway;

import java.util.Objects;

/**
 * Who speaks in an outbound message, for channels that show it: the forum labels the bot's answer
 * an official answer, its notices (a ticket was opened, a greeting) as notices, which nobody can
 * accept as the answer, and a staff member's reply with their name and role.
 *
 * @param username the staff member's account for {@link Kind#STAFF}, null for the bot
 */
public record Sender(Kind kind, String username) {

    public enum Kind {
        /** The bot answers the question (a knowledge-base article, an announcement). */
        BOT_ANSWER,
        /** The bot says something that answers nothing: a ticket notice, a greeting, a status, a warning. */
        BOT_NOTICE,
        /** A staff member replies from the console or the staff API. */
        STAFF
    }

    public static final Sender BOT_ANSWER = new Sender(Kind.BOT_ANSWER, null);
    public static final Sender BOT_NOTICE = new Sender(Kind.BOT_NOTICE, null);

    public Sender {
        Objects.requireNonNull(kind, "kind");
        if ((kind == Kind.STAFF) == (username == null || username.isBlank())) {
            throw new IllegalArgumentException("a staff reply names its author, the bot's messages name none");
        }
    }

    public static Sender staff(String username) {
        return new Sender(Kind.STAFF, username);
    }
}
