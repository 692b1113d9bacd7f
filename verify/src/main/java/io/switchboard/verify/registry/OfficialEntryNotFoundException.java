package io.switchboard.verify.registry;

public class OfficialEntryNotFoundException extends RuntimeException {

    public OfficialEntryNotFoundException(long id) {
        super("no official channel " + id);
    }
}
