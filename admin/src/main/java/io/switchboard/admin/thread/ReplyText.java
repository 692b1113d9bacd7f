package io.switchboard.admin.thread;

/** The rules for a staff reply's text, the same from the JSON API and the console's reply box. */
final class ReplyText {

    /** Under every platform's own limit once the connector formats it (Telegram's is 4096). */
    static final int MAX_LENGTH = 4000;

    private ReplyText() {
    }

    /**
     * Without the blank lines and spaces around it, and with plain line breaks (a browser sends a
     * text box's as CR LF); "" for none.
     */
    static String strip(String text) {
        return text == null ? "" : text.replace("\r\n", "\n").strip();
    }

    static boolean fits(String stripped) {
        return !stripped.isEmpty() && stripped.length() <= MAX_LENGTH;
    }
}
