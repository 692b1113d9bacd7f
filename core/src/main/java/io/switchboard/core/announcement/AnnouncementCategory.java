package io.switchboard.core.announcement;

/** What an announcement is about. */
public enum AnnouncementCategory {
    MAINTENANCE,
    NEW_LISTING,
    CAMPAIGN,
    POLICY,
    RISK_WARNING
}
