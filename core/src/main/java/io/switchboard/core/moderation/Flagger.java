package io.switchboard.core.moderation;

import java.util.Locale;
import java.util.Objects;

/**
 * Who put an item in the moderation queue.
 *
 * @param id a member's platform id, a staff username, or a rule's name (e.g. {@code scam-guard})
 */
public record Flagger(Source source, String id) {

    public enum Source {
        /** A member of the community reported it. */
        MEMBER,
        /** A moderator or agent flagged it. */
        STAFF,
        /** Switchboard's own checks held or flagged it. */
        RULE;

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public Flagger {
        Objects.requireNonNull(source, "source");
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a flagger needs an id");
        }
    }

    public static Flagger member(String platformId) {
        return new Flagger(Source.MEMBER, platformId);
    }

    public static Flagger staff(String username) {
        return new Flagger(Source.STAFF, username);
    }

    public static Flagger rule(String name) {
        return new Flagger(Source.RULE, name);
    }
}
