package io.switchboard.forum.moderation;

/** Why a member flags a post. */
public enum FlagReason {
    SPAM, SCAM, ABUSE, OFF_TOPIC
}
