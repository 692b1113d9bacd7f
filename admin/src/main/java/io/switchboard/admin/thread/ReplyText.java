package io.switchboard.admin.thread;

/** The rules for a staff reply's text, the same from the JSON API and the console's reply box. */
public final class ReplyText {

    /** Under Telegram's 4096; a platform that takes less says so ({@code ChannelGateway#textLimit}). */
    public static final int MAX_LENGTH = 4000;

    private ReplyText() {
    }

    /**
     * Without the blank lines and spaces around it, and with plain line breaks (a browser sends a
     * text box's as CR LF); "" for none.
     */
    public static String strip(String text) {
        return text == null ? "" : text.replace("\r\n", "\n").strip();
    }

    /** The most a reply may hold where the platform takes {@code platformLimit} characters in a message. */
    static int limit(int platformLimit) {
        return Math.min(MAX_LENGTH, platformLimit);
    }

    public static boolean fits(String stripped, int limit) {
        return !stripped.isEmpty() && stripped.length() <= limit;
    }
}
