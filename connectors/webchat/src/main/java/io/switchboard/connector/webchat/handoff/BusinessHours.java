package io.switchboard.connector.webchat.handoff;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.switchboard.connector.webchat.WebchatProperties;

/**
 * When agents answer in one language, read once from the settings: weekly ranges ({@code MON-FRI 09:00-18:00},
 * {@code SAT 10:00-16:00}) in a time zone, and holidays closed all day. A range ends the day it starts: a range
 * through midnight is written as two.
 */
final class BusinessHours {

    private static final Pattern RANGE = Pattern.compile(
            "([A-Za-z]{3})(?:-([A-Za-z]{3}))?\\s+(\\d{2}:\\d{2})-(\\d{2}:\\d{2})");
    private static final List<String> DAYS = List.of("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN");

    private final ZoneId zone;
    private final List<Range> ranges;
    private final Set<LocalDate> holidays;

    private BusinessHours(ZoneId zone, List<Range> ranges, Set<LocalDate> holidays) {
        this.zone = zone;
        this.ranges = ranges;
        this.holidays = holidays;
    }

    /**
     * @throws IllegalArgumentException naming the setting ({@code switchboard.webchat.hours.zh...}) and what is
     *     wrong with it: an unknown zone or day, a time that is not one, a range that ends before it starts
     */
    static BusinessHours parse(String language, WebchatProperties.BusinessHours settings) {
        String where = "switchboard.webchat.hours." + language;
        ZoneId zone;
        try {
            zone = ZoneId.of(settings.zone());
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(where + ".zone '" + settings.zone() + "' is not a time zone"
                    + " (e.g. Asia/Shanghai)", e);
        }
        List<Range> ranges = new ArrayList<>();
        for (String entry : settings.weekly()) {
            ranges.add(range(where + ".weekly '" + entry + "'", entry == null ? "" : entry.strip()));
        }
        return new BusinessHours(zone, List.copyOf(ranges), Set.copyOf(settings.holidays()));
    }

    ZoneId zone() {
        return zone;
    }

    /** Whether agents answer at that moment. */
    boolean open(Instant at) {
        ZonedDateTime local = at.atZone(zone);
        if (holidays.contains(local.toLocalDate())) {
            return false;
        }
        LocalTime time = local.toLocalTime();
        return ranges.stream().anyMatch(range -> range.days().contains(local.getDayOfWeek())
                && !time.isBefore(range.start()) && time.isBefore(range.end()));
    }

    private static Range range(String where, String entry) {
        Matcher matcher = RANGE.matcher(entry);
        if (!matcher.matches()) {
            throw new IllegalArgumentException(where + " is not like 'MON-FRI 09:00-18:00' or 'SAT 10:00-16:00'");
        }
        int first = day(where, matcher.group(1));
        int last = matcher.group(2) == null ? first : day(where, matcher.group(2));
        if (last < first) {
            throw new IllegalArgumentException(where + ": the days run from MON to SUN, " + matcher.group(1)
                    + " comes after " + matcher.group(2));
        }
        EnumSet<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (int day = first; day <= last; day++) {
            days.add(DayOfWeek.of(day + 1));
        }
        LocalTime start = time(where, matcher.group(3));
        LocalTime end = "24:00".equals(matcher.group(4)) ? LocalTime.MAX : time(where, matcher.group(4));
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException(where + " ends before it starts; a range through midnight is"
                    + " written as two (e.g. 'FRI 22:00-24:00' and 'SAT 00:00-02:00')");
        }
        return new Range(days, start, end);
    }

    private static int day(String where, String name) {
        int day = DAYS.indexOf(name.toUpperCase(Locale.ROOT));
        if (day < 0) {
            throw new IllegalArgumentException(where + ": '" + name + "' is not a day (MON, TUE ... SUN)");
        }
        return day;
    }

    private static LocalTime time(String where, String text) {
        try {
            return LocalTime.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(where + ": '" + text + "' is not a time of day (00:00 to 24:00)", e);
        }
    }

    private record Range(Set<DayOfWeek> days, LocalTime start, LocalTime end) {
    }
}
