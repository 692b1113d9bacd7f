package io.switchboard.forum.moderation;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.Locale;

/** Why a member flags a post. */
public enum FlagReason {
    SPAM, SCAM, ABUSE, OFF_TOPIC;

    /** {@code spam}, {@code off-topic}, {@code OFF_TOPIC}...; null for anything else. */
    @JsonCreator
    public static FlagReason parse(String name) {
        if (name == null) {
            return null;
        }
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
