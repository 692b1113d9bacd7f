package io.switchboard.bench;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** The bench's series, each a table of the report; {@code --series} picks some to run alone. */
enum Series {
    /** The help center's pages under readers, against a static file of the same server. */
    HELP,
    /** The Telegram webhook and the intake, against a bare Camel route. */
    WEBHOOK,
    /** The answer engine alone. */
    MATCH,
    /** The scam guard's detector alone. */
    GUARD,
    /** The support mailbox to a decision, against a bare IMAP client reading the same mails. */
    EMAIL,
    /** Open live-chat widgets and messages between visitors and an agent, against a ping on the same sockets. */
    WEBCHAT,
    /** Replies going out at the platform's limits, against the fake Bot API keeping them. */
    OUTBOUND,
    /**
     * Updates at fixed arrival rates to the application in JVMs of its own, on file H2 and PostgreSQL, a burst and
     * its memory; it takes tens of minutes, so {@code all} leaves it out.
     */
    OPENLOOP;

    static final String ALL = "all";

    /** @param names {@code all}, or names joined by commas ({@code help,match}) */
    static Set<Series> parse(String names) {
        if (ALL.equals(names)) {
            return EnumSet.complementOf(EnumSet.of(OPENLOOP));
        }
        Set<Series> series = EnumSet.noneOf(Series.class);
        for (String name : names.split(",", -1)) {
            series.add(Arrays.stream(values()).filter(s -> s.optionName().equals(name.strip())).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("--series: no series '" + name + "'; "
                            + ALL + " or some of " + Arrays.stream(values()).map(Series::optionName)
                                    .collect(Collectors.joining(",")))));
        }
        return series;
    }

    String optionName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether the series needs the application booted. */
    boolean needsApplication() {
        return this == HELP || this == WEBHOOK || this == EMAIL || this == WEBCHAT || this == OUTBOUND;
    }
}
