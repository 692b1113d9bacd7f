package io.switchboard.connector.email.inbox;

import io.switchboard.connector.email.SmtpContact;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;

/**
 * The {@code email} entry of {@code /actuator/health} (the console's connector table reads it by the channel's
 * key), for both directions: UP once a poll of the mailbox went through, DOWN while the latest poll failed or the
 * outgoing server's latest answer was a failure (refused connection, login, 4xx; not a refused recipient), with
 * that error; the outgoing side's own figures as {@code smtpLastSuccess}, {@code smtpLastError}. Before the first
 * poll it is UNKNOWN. A mail the pipeline could not store is not DOWN (the mailbox is fine; the mail
 * is read again), but shows as {@code lastIntakeError}.
 */
final class InboxHealth implements HealthIndicator {

    private final Mailbox mailbox;
    private final SmtpContact smtp;
    private final Clock clock;
    private Instant lastPollAt;
    private int lastPollCount;
    private String lastError;
    private Instant lastErrorAt;
    private int failuresInARow;
    private String lastIntakeError;
    private String waitingBy = "poll interval";

    InboxHealth(Mailbox mailbox, SmtpContact smtp, Clock clock) {
        this.mailbox = mailbox;
        this.smtp = smtp;
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
        Health.Builder health = failuresInARow > 0 || smtp.failing() ? Health.down()
                : lastPollAt == null ? Health.unknown() : Health.up();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("mailbox", mailbox.describe());
        details.put("newMail", waitingBy);
        // lastSuccess, lastError and lastErrorAt are the keys every connector's entry has (the console reads them)
        details.put("lastSuccess", lastPollAt == null ? "never" : lastPollAt.toString());
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
        smtp.details().forEach((key, value) -> details.put("smtp" + Character.toUpperCase(key.charAt(0)) + key.substring(1), value));
        if (smtp.failing() && lastError == null) {
            details.put("lastError", details.get("smtpLastError"));
            details.put("lastErrorAt", details.get("smtpLastErrorAt"));
        }
        return health.withDetails(details).build();
    }
}
