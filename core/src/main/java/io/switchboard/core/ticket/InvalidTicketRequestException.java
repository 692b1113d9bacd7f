package io.switchboard.core.ticket;

/** A ticket request names something that does not exist, such as an unknown assignee or thread. */
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
