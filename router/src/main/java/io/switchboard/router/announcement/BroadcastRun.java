package io.switchboard.router.announcement;

import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * One pass of the announcement route: fan out what is due, carry out the expiries, then take the
 * copies' due steps.
 * Logs one line when the pass did something; waiting for the send rate is not news.
 */
@Component
class BroadcastRun {

    private static final Logger log = LoggerFactory.getLogger(BroadcastRun.class);

    private final BroadcastFanOut fanOut;
    private final BroadcastExpiry expiry;
    private final BroadcastDelivery delivery;
    private final Clock clock;

    BroadcastRun(BroadcastFanOut fanOut, BroadcastExpiry expiry, BroadcastDelivery delivery, Clock clock) {
        this.fanOut = fanOut;
        this.expiry = expiry;
        this.delivery = delivery;
        this.clock = clock;
    }

    void run() {
        int published = fanOut.fanOutDue(clock.instant());
        int expired = expiry.expireDue(clock.instant());
        Map<StepOutcome, Integer> steps = new EnumMap<>(StepOutcome.class);
        for (Long id : delivery.dueIds()) {
            steps.merge(delivery.deliver(id), 1, Integer::sum);
        }
        steps.remove(StepOutcome.SKIPPED);
        steps.remove(StepOutcome.POSTPONED);
        if (published > 0 || expired > 0 || !steps.isEmpty()) {
            log.info("Announcements: {} fanned out, {} expired, copy steps {}", published, expired, steps);
        }
    }
}
