package io.switchboard.connector.email.inbox;

import io.switchboard.core.cluster.PollerLeadership;
import org.apache.camel.Consumer;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.spi.ExceptionHandler;
import org.apache.camel.spi.PollingConsumerPollStrategy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What happens around each poll of the mailbox: it runs only on the instance holding the
 * {@value InboxRoute#POLLER} poller, and its outcome is the health entry.
 *
 * <p>Why not {@link io.switchboard.core.cluster.PollerLeadershipPolicy} as the other pollers: that policy ends
 * each exchange on a standby instance as done, and for the mail consumer an exchange is one mail already fetched,
 * which Camel then marks seen (and moves): a standby would swallow mail. Asking before the poll, here, fetches
 * nothing at all on a standby.
 *
 * <p>Camel's mail consumer lets a poll fail in two ways: a failed login or a missing folder ends the poll with an
 * error ({@link #rollback}); an error once the folder is reached (searching it, moving a stored mail to the processed
 * folder) only goes to the consumer's exception handler, and the poll still ends "successfully". This is that
 * handler too, so both make the health entry DOWN; and a folder that exists but cannot be opened, which Camel
 * only logs before returning an empty poll, is found by opening it once more after an empty poll
 * ({@link Mailbox#folderProblem()}: one short connection per empty poll, the price of knowing).
 */
final class InboxPolls implements PollingConsumerPollStrategy, ExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(InboxPolls.class);

    private final PollerLeadership leadership;
    private final InboxHealth health;
    private final Mailbox mailbox;
    /** Polls run on one thread, and the handler is called on it, within the poll. */
    private boolean failedInThisPoll;
    /** A failed poll reaches both rollback and the handler: it is counted once. */
    private Throwable reported;

    InboxPolls(PollerLeadership leadership, InboxHealth health, Mailbox mailbox) {
        this.leadership = leadership;
        this.health = health;
        this.mailbox = mailbox;
    }

    @Override
    public boolean begin(Consumer consumer, Endpoint endpoint) {
        failedInThisPoll = false;
        reported = null;
        return leadership.mayPoll(InboxRoute.POLLER);
    }

    @Override
    public void commit(Consumer consumer, Endpoint endpoint, int polledMessages) {
        if (failedInThisPoll) {
            return;
        }
        if (polledMessages == 0) {
            String problem = mailbox.folderProblem();
            if (problem != null) {
                failed(new IllegalStateException(problem));
                return;
            }
        }
        log.debug("Mailbox polled: {} new mail(s)", polledMessages);
        health.polled(polledMessages);
    }

    @Override
    public boolean rollback(Consumer consumer, Endpoint endpoint, int retryCounter, Exception cause) {
        failed(cause);
        return false;
    }

    @Override
    public void handleException(Throwable exception) {
        handleException(null, null, exception);
    }

    @Override
    public void handleException(String message, Throwable exception) {
        handleException(message, null, exception);
    }

    @Override
    public void handleException(String message, Exchange exchange, Throwable exception) {
        if (exception == reported || exchange != null && exchange.getException() == exception) {
            // a mail the intake could not store: it recorded that itself, and the mail is read again
            return;
        }
        failed(exception instanceof Exception e ? e : new IllegalStateException(exception));
    }

    private void failed(Exception cause) {
        failedInThisPoll = true;
        reported = cause;
        health.pollFailed(cause);
        log.warn("Reading the mailbox failed (tried again at the next poll): {}",
                health.health().getDetails().get("lastError"));
    }
}
