package io.switchboard.forum.topic;

/**
 * The forum would not do what a member asked. {@link #messageKey()} names the message the pages
 * show (in the member's language) and the JSON API sends as {@code message}.
 */
public class ForumRefusal extends RuntimeException {

    /** What kind of refusal: the pages and the API map it to an HTTP status. */
    public enum Kind {
        /** 400: the input breaks a rule (empty, too long). */
        INVALID,
        /** 403: not allowed (locked topic, staff-only board, silenced member). */
        FORBIDDEN,
        /** 404: no such board, topic or post (or not visible to this member). */
        NOT_FOUND,
        /** 409: conflicts with what exists (user name taken). */
        CONFLICT,
        /** 429: posting too fast. */
        RATE_LIMITED
    }

    private final Kind kind;
    private final String messageKey;
    private final transient Object[] arguments;

    public ForumRefusal(Kind kind, String messageKey, Object... arguments) {
        super(messageKey);
        this.kind = kind;
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public static ForumRefusal notFound() {
        return new ForumRefusal(Kind.NOT_FOUND, "error.notFound");
    }

    public Kind kind() {
        return kind;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
