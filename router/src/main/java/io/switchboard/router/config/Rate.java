package io.switchboard.router.config;

import java.time.Duration;
import java.util.Objects;
import org.springframework.boot.convert.DurationStyle;

/**
 * A send rate: {@code permits} messages per {@code per}. Written in configuration as
 * {@code permits/duration}, e.g. {@code 20/1m} or {@code 30/1s}.
 */
public record Rate(int permits, Duration per) {

    public Rate {
        Objects.requireNonNull(per, "per");
        if (permits < 1) {
            throw new IllegalArgumentException("a rate needs at least 1 permit, got " + permits);
        }
        if (per.isNegative() || per.isZero()) {
            throw new IllegalArgumentException("a rate's period must be positive, got " + per);
        }
    }

    /** Parses {@code 20/1m}; Spring's conversion finds this method when binding properties. */
    public static Rate valueOf(String text) {
        String[] parts = text.trim().split("/", -1);
        if (parts.length != 2) {
            throw new IllegalArgumentException("a rate is written as permits/duration (e.g. 20/1m), got '" + text + "'");
        }
        int permits;
        try {
            permits = Integer.parseInt(parts[0].trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("the permits of rate '" + text + "' are not a whole number", e);
        }
        return new Rate(permits, DurationStyle.detectAndParse(parts[1].trim()));
    }

    /** The time one permit takes to come back. */
    public Duration interval() {
        return per.dividedBy(permits);
    }

    @Override
    public String toString() {
        return permits + "/" + per;
    }
}
