package io.switchboard.core.announcement;

/** No announcement has that id. */
public class AnnouncementNotFoundException extends RuntimeException {

    public AnnouncementNotFoundException(long id) {
        super("no announcement with id " + id);
    }
}
