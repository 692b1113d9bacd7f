package io.switchboard.admin.web;

import java.time.Duration;
import java.time.Instant;

/**
 * How long ago something happened, as the console prints it: "2 d 3 h", "4 h 10 min", "7 min". The
 * page picks the words from {@link #key()} in its language, with {@link #args()}.
 */
public record Age(long days, long hours, long minutes) {

    public static Age between(Instant since, Instant now) {
        Duration age = Duration.between(since, now);
        if (age.isNegative()) {
            age = Duration.ZERO;
        }
        return new Age(age.toDays(), age.toHoursPart(), age.toMinutesPart());
    }

    public String key() {
        return days > 0 ? "console.age.days" : hours > 0 ? "console.age.hours" : "console.age.minutes";
    }

    public Object[] args() {
        return days > 0 ? new Object[] {days, hours} : hours > 0 ? new Object[] {hours, minutes}
                : new Object[] {minutes};
    }
}
