package io.switchboard.core.gateway;

/** How the text of an outbound message is to be read by the platform. */
public enum TextFormat {
    PLAIN,
    /** Telegram's HTML subset (b, i, a, code, pre). */
    HTML,
    MARKDOWN
}
