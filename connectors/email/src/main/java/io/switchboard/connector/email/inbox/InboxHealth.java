package io.switchboard.connector.email.inbox;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;

/**
 * The {@code email} entry of {@code /actuator/health} (the console's connector table reads it by the channel's
 * key): UP once a poll of the mailbox went through, DOWN while the latest poll failed, with that error. Before
 * the first poll it is UNKNOWN. A mail the pipeline could not store is not DOWN (the mailbox is fine; the mail
 * is read again), but shows as {@code lastIntakeError}.
 */
final class InboxHealth implements HealthIndicator {

    private final Mailbox mailbox;
    private final Clock clock;
    private Instant lastPollAt;
    private int lastPollCount;
    private String lastError;
    private Instant lastErrorAt;
    private int failuresInARow;
    private String lastIntakeError;
    private String waitingBy = "poll interval";

    InboxHealth(Mailbox mailbox, Clock clock) {
        this.mailbox = mailbox;
        this.clock = clock;
    }

    synchronized void polled(int count) {
        lastPollAt = clock.instant();
        lastPollCount = count;
        failuresInARow = 0;
    }

    synchronized void pollFailed(Exception error) {
        lastErrorAt = clock.instant();
        lastError = describe(error);
        failuresInARow++;
    }

    synchronized void intakeFailed(Exception error) {
        lastIntakeError = describe(error);
    }

    synchronized void waitingBy(String how) {
        waitingBy = how;
    }

    private String describe(Exception error) {
        return mailbox.withoutSecret(error.getClass().getSimpleName() + ": " + error.getMessage());
    }

    @Override
    public synchronized Health health() {
        Health.Builder health = failuresInARow > 0 ? Health.down() : lastPollAt == null ? Health.unknown() : Health.up();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("mailbox", mailbox.describe());
        details.put("newMail", waitingBy);
        details.put("lastPoll", lastPollAt == null ? "never" : lastPollAt.toString());
        details.put("lastPollMessages", lastPollCount);
        if (failuresInARow > 0) {
            details.put("failuresInARow", failuresInARow);
        }
        if (lastError != null) {
            details.put("lastError", lastError);
            details.put("lastErrorAt", lastErrorAt.toString());
        }
        if (lastIntakeError != null) {
            details.put("lastIntakeError", lastIntakeError);
        }
        return health.withDetails(details).build();
    }
}
