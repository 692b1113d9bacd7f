package io.switchboard.verify.value;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Account handles compared without case, {@code @} or a profile link's prefix: {@code @NovaEx} is {@code novaex}. */
public final class Handles {

    /** Telegram (5-32), X (1-15), Facebook usernames (5-50, with dots), and numeric ids (chats: -100...). */
    private static final Pattern HANDLE = Pattern.compile("-?[a-z0-9_.]{1,64}");

    private Handles() {
    }

    /** The handle in lower case without a leading {@code @}; empty when it has characters no handle has. */
    public static Optional<String> normalize(String raw) {
        String handle = raw.strip();
        if (handle.startsWith("@")) {
            handle = handle.substring(1);
        }
        handle = handle.toLowerCase(Locale.ROOT);
        return HANDLE.matcher(handle).matches() && !handle.startsWith(".") && !handle.endsWith(".")
                ? Optional.of(handle) : Optional.empty();
    }
}
