package io.switchboard.connector.email.reading;

/** A mail that cannot be read at all: no sender address, or MIME too broken to parse. */
public class UnreadableMailException extends RuntimeException {

    public UnreadableMailException(String message, Throwable cause) {
        super(message, cause);
    }
}
