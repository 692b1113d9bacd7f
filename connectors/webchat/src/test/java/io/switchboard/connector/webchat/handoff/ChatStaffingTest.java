package io.switchboard.connector.webchat.handoff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.switchboard.connector.webchat.WebchatProperties;
import io.switchboard.core.ticket.AgentStatus;
import io.switchboard.core.ticket.Agents;
import org.junit.jupiter.api.Test;

/** Whether a visitor can have a person now: business hours per language, in their zone, and someone online. */
class ChatStaffingTest {

    private static final Map<String, WebchatProperties.BusinessHours> HOURS = Map.of(
            "zh", new WebchatProperties.BusinessHours("Asia/Shanghai", List.of("MON-FRI 09:00-18:00", "SAT 10:00-16:00"),
                    List.of(LocalDate.parse("2026-10-01"))),
            "en", new WebchatProperties.BusinessHours("Europe/London", List.of("mon-fri 08:00-20:00"), List.of()));

    private final Agents agents = mock(Agents.class);

    @Test
    void theHoursAreReadInTheLanguagesOwnZone() {
        online(true);
        // Monday 2026-12-07 01:30 UTC is 09:30 in Shanghai and 01:30 in London
        ChatStaffing staffing = at("2026-12-07T01:30:00Z");

        assertThat(staffing.now("zh")).isEqualTo(Staffing.STAFFED);
        assertThat(staffing.now("en")).isEqualTo(new Staffing(false, "hours"));
    }

    @Test
    void eachRangeCountsAndTheEndIsClosed() {
        online(true);
        assertThat(at("2026-12-12T02:00:00Z").now("zh")).as("Saturday 10:00 in Shanghai").isEqualTo(Staffing.STAFFED);
        assertThat(at("2026-12-12T08:00:00Z").now("zh")).as("Saturday 16:00").isEqualTo(new Staffing(false, "hours"));
        assertThat(at("2026-12-13T02:00:00Z").now("zh")).as("Sunday").isEqualTo(new Staffing(false, "hours"));
        assertThat(at("2026-12-07T09:59:00Z").now("zh")).as("Monday 17:59").isEqualTo(Staffing.STAFFED);
    }

    @Test
    void aHolidayIsClosedAllDay() {
        online(true);
        // Thursday 2026-10-01 11:00 in Shanghai
        assertThat(at("2026-10-01T03:00:00Z").now("zh")).isEqualTo(new Staffing(false, "hours"));
        assertThat(at("2026-10-02T03:00:00Z").now("zh")).isEqualTo(Staffing.STAFFED);
    }

    @Test
    void aLanguageWithoutHoursIsAnsweredAtAllHoursWhenSomeoneIsOnline() {
        online(true);
        assertThat(at("2026-12-13T03:00:00Z").now("ja")).isEqualTo(Staffing.STAFFED);
        assertThat(at("2026-12-13T03:00:00Z").now(null)).isEqualTo(Staffing.STAFFED);
        online(false);
        assertThat(at("2026-12-07T01:30:00Z").now("zh")).as("within hours, nobody online")
                .isEqualTo(new Staffing(false, "nobody"));
    }

    @Test
    void aWrongEntryStopsTheStartWithAMessageNamingIt() {
        assertThatThrownBy(() -> with("zh", "Asia/Shanghai", "MON-FRI 18:00-09:00"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("switchboard.webchat.hours.zh.weekly 'MON-FRI 18:00-09:00' ends before it starts");
        assertThatThrownBy(() -> with("en", "Asia/Shanghai", "MON-FRY 09:00-18:00"))
                .hasMessage("switchboard.webchat.hours.en.weekly 'MON-FRY 09:00-18:00': 'FRY' is not a day (MON, TUE ... SUN)");
        assertThatThrownBy(() -> with("en", "Asia/Shanghai", "weekdays 9-6"))
                .hasMessage("switchboard.webchat.hours.en.weekly 'weekdays 9-6' is not like 'MON-FRI 09:00-18:00' or"
                        + " 'SAT 10:00-16:00'");
        assertThatThrownBy(() -> with("en", "Asia/Shanghai", "MON 09:00-25:00"))
                .hasMessageContaining("'25:00' is not a time of day");
        assertThatThrownBy(() -> with("en", "Mars/Olympus", "MON 09:00-18:00"))
                .hasMessageStartingWith("switchboard.webchat.hours.en.zone 'Mars/Olympus' is not a time zone");
        assertThatThrownBy(() -> with("en", "UTC", "FRI-MON 09:00-18:00"))
                .hasMessageContaining("the days run from MON to SUN");
    }

    private ChatStaffing at(String instant) {
        return new ChatStaffing(properties(HOURS), agents, Clock.fixed(Instant.parse(instant), ZoneOffset.UTC));
    }

    private ChatStaffing with(String language, String zone, String range) {
        return new ChatStaffing(properties(Map.of(language, new WebchatProperties.BusinessHours(zone, List.of(range),
                List.of()))), agents, Clock.systemUTC());
    }

    private void online(boolean online) {
        when(agents.list()).thenReturn(List.of(new AgentStatus("ann", Set.of(), 5, online, null, 0)));
    }

    private static WebchatProperties properties(Map<String, WebchatProperties.BusinessHours> hours) {
        return new WebchatProperties(List.of(), null, null, Duration.ofDays(365), 2000, 20,
                Duration.ofSeconds(25), 100, 4,
                hours);
    }
}
