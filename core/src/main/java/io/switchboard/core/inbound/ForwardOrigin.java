package io.switchboard.core.inbound;

import java.util.Objects;

/**
 * Who first wrote a message a member forwarded, as far as the platform tells: scammers' messages reach members
 * from fake accounts and channels, and a member forwards one to the bot to ask whether it is really the exchange.
 *
 * @param kind what the sender is
 * @param id the platform's id of the user or chat; null for a user who hides their account
 * @param name the name shown (a user's full name, a chat's title, or the name a hidden user goes by); may be null
 * @param handle the username without {@code @}, or null when it has none or hides it
 */
public record ForwardOrigin(Kind kind, String id, String name, String handle) {

    public ForwardOrigin {
        Objects.requireNonNull(kind, "kind");
    }

    /** The kinds of senders a forward names. */
    public enum Kind {
        /** A user whose account the forward links to. */
        USER,
        /** A user who hides their account from forwards: only the name they go by is known. */
        HIDDEN_USER,
        /** A group, or an anonymous admin writing as the group. */
        CHAT,
        /** A broadcast channel's post. */
        CHANNEL
    }
}
