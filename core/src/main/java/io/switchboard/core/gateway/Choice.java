package io.switchboard.core.gateway;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A button offered under a message (a Telegram inline keyboard button, a Messenger quick reply):
 * what it says, and the data the platform gives back when the member presses it. The data is what
 * the router reads again, so it must survive every platform's limits: at most {@value #MAX_DATA_BYTES}
 * bytes (Telegram's {@code callback_data} limit), printable, no tabs or line breaks.
 *
 * @param label what the member reads on the button; one line
 * @param data what comes back when it is pressed
 */
public record Choice(String label, String data) {

    /** Telegram's limit on {@code callback_data}, the tightest of the platforms'. */
    public static final int MAX_DATA_BYTES = 64;

    public Choice {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(data, "data");
        if (label.isBlank() || label.indexOf('\n') >= 0 || label.indexOf('\r') >= 0) {
            throw new IllegalArgumentException("a choice's label is one line of text: '" + label + "'");
        }
        if (data.isEmpty() || data.getBytes(StandardCharsets.UTF_8).length > MAX_DATA_BYTES
                || data.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("a choice's data is 1 to " + MAX_DATA_BYTES
                    + " bytes without spaces: '" + data + "'");
        }
    }
}
