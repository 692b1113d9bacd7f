package io.switchboard.admin.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class TicketStatsTest {

    @Test
    void agesFallInTheFirstBucketTheyAreBelowAndEveryBucketIsListed() {
        assertThat(TicketStats.byAge(List.of(Duration.ofMinutes(59), Duration.ofHours(1), Duration.ofHours(30),
                Duration.ofDays(3)))).containsExactly(
                        entry("under-1h", 1), entry("1h-4h", 1), entry("4h-24h", 0), entry("1d-3d", 1),
                        entry("over-3d", 1));
    }

    private static java.util.Map.Entry<String, Long> entry(String bucket, long count) {
        return java.util.Map.entry(bucket, count);
    }
}
