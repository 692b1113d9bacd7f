package io.switchboard.core.account;

import java.util.EnumSet;
import java.util.Set;

/**
 * What an account may do. Every account is at least a member of the forum; the staff roles are the
 * ones of the admin console. Spring Security sees them as {@code ROLE_MEMBER}, {@code ROLE_ADMIN}...
 */
public enum AccountRole {
    /** Registered on the forum: posts, replies, flags. */
    MEMBER,
    /** Runs the installation: everything agents and moderators do. */
    ADMIN,
    /** Keeps the forum clean: hides posts, silences and bans members. */
    MODERATOR,
    /** Works the ticket queue and answers members. */
    AGENT;

    /** The roles of the admin console: admin, moderator, agent. */
    public static Set<AccountRole> staffRoles() {
        return EnumSet.of(ADMIN, MODERATOR, AGENT);
    }

    public boolean isStaff() {
        return this != MEMBER;
    }

    public boolean moderates() {
        return this == ADMIN || this == MODERATOR;
    }
}
