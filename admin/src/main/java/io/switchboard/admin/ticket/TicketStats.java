package io.switchboard.admin.ticket;

import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/tickets/stats}, for the dashboard.
 *
 * @param unresolved NEW, OPEN and PENDING_USER tickets
 * @param unresolvedByAge those by time since they opened: {@code "under-1h"}, {@code "1h-4h"},
 *     {@code "4h-24h"}, {@code "1d-3d"}, {@code "over-3d"}, every bucket present
 * @param unresolvedBreached unresolved tickets that missed a target
 * @param firstResponseBreaches all tickets ever that missed their first-response target
 * @param resolutionBreaches all tickets ever that missed their resolution target
 */
public record TicketStats(long unresolved, Map<String, Long> unresolvedByAge, long unresolvedBreached,
        long firstResponseBreaches, long resolutionBreaches) {

    private record Bucket(String name, Duration below) {
    }

    private static final List<Bucket> BUCKETS = List.of(
            new Bucket("under-1h", Duration.ofHours(1)),
            new Bucket("1h-4h", Duration.ofHours(4)),
            new Bucket("4h-24h", Duration.ofHours(24)),
            new Bucket("1d-3d", Duration.ofDays(3)),
            new Bucket("over-3d", null));

    static Map<String, Long> byAge(Collection<Duration> ages) {
        Map<String, Long> counts = new LinkedHashMap<>();
        BUCKETS.forEach(bucket -> counts.put(bucket.name(), 0L));
        for (Duration age : ages) {
            Bucket bucket = BUCKETS.stream()
                    .filter(candidate -> candidate.below() == null || age.compareTo(candidate.below()) < 0)
                    .findFirst().orElseThrow();
            counts.merge(bucket.name(), 1L, Long::sum);
        }
        return counts;
    }
}
