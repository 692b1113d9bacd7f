package io.switchboard.router.guard;

import java.util.regex.Pattern;

/** Phone numbers as people write them in chats, for the guard and for the bot's answers alike. */
public final class PhoneNumbers {

    /**
     * Seven or more digits, with an optional {@code +} and the spaces, dashes, dots and parentheses between groups
     * ({@code +86 400-123-4567}, {@code (852) 3001 2345}, {@code 4001234567}). Dates, amounts and order numbers with
     * fewer digits or other separators are not numbers here, nor are dates written {@code 2024-05-01}.
     */
    public static final Pattern WRITTEN = Pattern.compile(
            "(?<![\\w+])(?!\\d{4}[-./]\\d{1,2}[-./]\\d{1,2}(?![\\d-]))\\+?\\(?\\d(?:[\\s().-]{0,2}\\d){6,}(?!\\w)");

    private PhoneNumbers() {
    }
}
