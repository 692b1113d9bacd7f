package io.switchboard.core.knowledge;

/** No announcement has that id. */
public class AnnouncementNotFoundException extends RuntimeException {

    public AnnouncementNotFoundException(long id) {
        super("no announcement with id " + id);
    }
}
