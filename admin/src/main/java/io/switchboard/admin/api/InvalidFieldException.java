package io.switchboard.admin.api;

/** One field of a request is wrong in a way bean validation cannot say: 400 with that field in {@code errors}. */
public class InvalidFieldException extends RuntimeException {

    private final String field;

    public InvalidFieldException(String field, String message) {
        super(field + " " + message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
