package io.switchboard.verify.report;

public class SuspectNotFoundException extends RuntimeException {

    public SuspectNotFoundException(long id) {
        super("no reported suspect " + id);
    }
}
