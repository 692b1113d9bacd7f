package io.switchboard.core.channel;

/** A platform Switchboard talks to. The name in lower case is how it appears in URLs and JSON. */
public enum Channel {
    TELEGRAM,
    TWITTER,
    FACEBOOK,
    FORUM,
    /** The help center's request forms: a request and the conversation on it, on the site. */
    WEB,
    /** The official support mailbox: mail in over IMAP, replies out over SMTP. */
    EMAIL,
    /** The live chat on the website and in the app: a widget the site embeds, the bot first, then an agent. */
    WEBCHAT;

    /**
     * Served by Switchboard itself rather than by a platform (the forum, the help center, the live chat): up while
     * its module is part of the application, with no platform to reach.
     */
    public boolean builtIn() {
        return this == FORUM || this == WEB || this == WEBCHAT;
    }

    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Parses {@code telegram}, {@code TELEGRAM}...; fails with the list of known channels otherwise. */
    public static Channel fromKey(String key) {
        for (Channel channel : values()) {
            if (channel.name().equalsIgnoreCase(key)) {
                return channel;
            }
        }
        throw new IllegalArgumentException("unknown channel '" + key + "', expected one of "
                + java.util.Arrays.stream(values()).map(Channel::key).toList());
    }
}
