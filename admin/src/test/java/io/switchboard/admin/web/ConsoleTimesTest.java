package io.switchboard.admin.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ConsoleTimesTest {

    private static final Instant LATE_EVENING_UTC = Instant.parse("2026-12-01T17:30:05Z");

    @Test
    void timesAreShownInTheDisplayZoneWithItsName() {
        ConsoleTimes utc = new ConsoleTimes(ZoneId.of("UTC"));
        assertThat(utc.minute(LATE_EVENING_UTC)).isEqualTo("2026-12-01 17:30 UTC");
        assertThat(utc.second(LATE_EVENING_UTC)).isEqualTo("2026-12-01 17:30:05 UTC");
        assertThat(utc.brief(LATE_EVENING_UTC)).isEqualTo("12-01 17:30 UTC");

        // Shanghai is eight hours ahead: already the next morning there.
        ConsoleTimes shanghai = new ConsoleTimes(ZoneId.of("Asia/Shanghai"));
        assertThat(shanghai.minute(LATE_EVENING_UTC)).isEqualTo("2026-12-02 01:30 Asia/Shanghai");
        assertThat(shanghai.brief(LATE_EVENING_UTC)).isEqualTo("12-02 01:30 Asia/Shanghai");
    }

    @Test
    void noTimeIsNoText() {
        assertThat(new ConsoleTimes(ZoneId.of("UTC")).minute(null)).isNull();
    }
}
