package io.switchboard.admin.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * How the console prints a moment: in one display zone ({@code switchboard.admin.console-zone},
 * UTC unless set) and always with that zone's name after it, "2026-12-02 01:30 UTC", so that staff
 * in different places never have to guess. Templates reach it as {@code #consoleTimes}
 * ({@link ConsoleTimesDialect}); each method gives null for null, like {@code #temporals}.
 */
public final class ConsoleTimes {

    private final ZoneId zone;
    private final DateTimeFormatter minute;
    private final DateTimeFormatter second;
    private final DateTimeFormatter brief;

    public ConsoleTimes(ZoneId zone) {
        this.zone = zone;
        this.minute = formatter("yyyy-MM-dd HH:mm");
        this.second = formatter("yyyy-MM-dd HH:mm:ss");
        this.brief = formatter("MM-dd HH:mm");
    }

    /** To the minute: what most pages show. */
    public String minute(Instant at) {
        return format(minute, at);
    }

    /** To the second, where the order of close events matters (the audit log, a ticket's history, deliveries). */
    public String second(Instant at) {
        return format(second, at);
    }

    /** Without the year, for narrow columns of recent or near times (SLA deadlines, agents last seen). */
    public String brief(Instant at) {
        return format(brief, at);
    }

    /** The name the times carry, "UTC" or a region such as "Asia/Shanghai". */
    public String zone() {
        return zone.getId();
    }

    private DateTimeFormatter formatter(String pattern) {
        return DateTimeFormatter.ofPattern(pattern + " '" + zone.getId() + "'").withZone(zone);
    }

    private static String format(DateTimeFormatter formatter, Instant at) {
        return at == null ? null : formatter.format(at);
    }
}
