package io.switchboard.router.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Counts delivery outcomes and logs them once a minute, so a busy outbox does not flood the log. */
@Component
class DeliveryTally {

    static final Duration REPORT_EVERY = Duration.ofMinutes(1);
    private static final Logger log = LoggerFactory.getLogger(DeliveryTally.class);

    private final Clock clock;
    private final Map<DeliveryOutcome, Integer> counts = new EnumMap<>(DeliveryOutcome.class);
    private Instant lastReport;

    DeliveryTally(Clock clock) {
        this.clock = clock;
        this.lastReport = clock.instant();
    }

    synchronized void count(DeliveryOutcome outcome) {
        counts.merge(outcome, 1, Integer::sum);
    }

    /** Logs the counts since the last report, if a minute has passed and anything happened. */
    synchronized void report() {
        Instant now = clock.instant();
        if (now.isBefore(lastReport.plus(REPORT_EVERY))) {
            return;
        }
        counts.remove(DeliveryOutcome.SKIPPED);
        if (!counts.isEmpty()) {
            log.info("Outbox since {}: {}", lastReport, counts);
        }
        counts.clear();
        lastReport = now;
    }
}
