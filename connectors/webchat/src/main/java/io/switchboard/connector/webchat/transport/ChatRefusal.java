package io.switchboard.connector.webchat.transport;

/**
 * A visitor's message or press not taken, with the protocol's code ({@code empty}, {@code too-long},
 * {@code rate-limited}, {@code bad-request}): the widget shows it next to the message; nothing was stored.
 *
 * @see VisitorMessages
 */
public class ChatRefusal extends RuntimeException {

    public static final String EMPTY = "empty";
    public static final String TOO_LONG = "too-long";
    public static final String RATE_LIMITED = "rate-limited";
    public static final String BAD_REQUEST = "bad-request";

    private final String code;
    private final String clientId;
    private final long retryAfterSeconds;

    ChatRefusal(String code, String clientId, String message) {
        this(code, clientId, message, 0);
    }

    ChatRefusal(String code, String clientId, String message, long retryAfterSeconds) {
        super(message);
        this.code = code;
        this.clientId = clientId;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public String code() {
        return code;
    }

    public String clientId() {
        return clientId;
    }

    /** How long to wait before sending again, for {@link #RATE_LIMITED}; 0 otherwise. */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
