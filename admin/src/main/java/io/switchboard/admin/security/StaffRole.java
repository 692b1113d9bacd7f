package io.switchboard.admin.security;

/**
 * What a staff member may do. Every staff role may read the staff API; the forum and the console
 * will share these accounts and grant more by role. Spring Security sees them as
 * {@code ROLE_ADMIN}, {@code ROLE_MODERATOR} and {@code ROLE_AGENT}.
 */
public enum StaffRole {
    /** Runs the installation: staff accounts, settings, everything agents and moderators do. */
    ADMIN,
    /** Keeps the forum and community chats clean: hides posts, bans members. */
    MODERATOR,
    /** Works the ticket queue and answers members. */
    AGENT
}
