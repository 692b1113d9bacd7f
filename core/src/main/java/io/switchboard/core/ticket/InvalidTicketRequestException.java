package io.switchboard.core.ticket;

/**
 * A request about tickets names something that does not exist, such as an assignee or a VIP's
 * manager who is not staff, or an unknown thread.
 */
public class InvalidTicketRequestException extends RuntimeException {

    private final String field;

    public InvalidTicketRequestException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The request field that was wrong, e.g. "assignee". */
    public String field() {
        return field;
    }
}
