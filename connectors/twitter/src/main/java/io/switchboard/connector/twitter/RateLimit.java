package io.switchboard.connector.twitter;

import java.time.Instant;
import org.springframework.http.HttpHeaders;

/**
 * What X said about an endpoint's rate limit in its response headers.
 *
 * @param remaining requests left in the current 15-minute window ({@code x-rate-limit-remaining}),
 *     or null when the header was missing
 * @param reset when X lets us call again: {@code x-rate-limit-reset}, or the reset of a 24-hour
 *     posting cap ({@code x-user-limit-24hour-*}, {@code x-app-limit-24hour-*}) when that cap is
 *     used up and ends later; null when no header said
 */
record RateLimit(Integer remaining, Instant reset) {

    static final RateLimit UNKNOWN = new RateLimit(null, null);

    static RateLimit from(HttpHeaders headers) {
        Long remaining = number(headers, "x-rate-limit-remaining");
        Instant reset = epoch(number(headers, "x-rate-limit-reset"));
        for (String cap : new String[] {"x-user-limit-24hour", "x-app-limit-24hour"}) {
            Long capRemaining = number(headers, cap + "-remaining");
            Instant capReset = epoch(number(headers, cap + "-reset"));
            if (capRemaining != null && capRemaining == 0 && capReset != null
                    && (reset == null || capReset.isAfter(reset))) {
                reset = capReset;
            }
        }
        return new RateLimit(remaining == null ? null : (int) Math.min(remaining, Integer.MAX_VALUE), reset);
    }

    boolean exhausted() {
        return remaining != null && remaining == 0;
    }

    private static Long number(HttpHeaders headers, String name) {
        String value = headers.getFirst(name);
        if (value == null) {
            return null;
        }
        try {
            return Long.valueOf(value.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Instant epoch(Long seconds) {
        return seconds == null ? null : Instant.ofEpochSecond(seconds);
    }
}
