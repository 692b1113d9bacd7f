package io.switchboard.verify.registry;

/** A draft the registry refuses: which field, and why, in words a manager can act on. */
public class InvalidOfficialEntryException extends RuntimeException {

    private final String field;

    public InvalidOfficialEntryException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
