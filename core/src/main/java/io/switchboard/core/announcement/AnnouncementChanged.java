package io.switchboard.core.announcement;

/**
 * Published after an announcement was published or withdrawn.
 *
 * @param announcement the announcement as it is now, or null when it was withdrawn
 */
public record AnnouncementChanged(long id, AnnouncementContent announcement) {

    public boolean withdrawn() {
        return announcement == null;
    }
}
