package io.switchboard.connector.email.inbox;

import io.switchboard.core.cluster.PollerLeadership;
import org.apache.camel.Consumer;
import org.apache.camel.Endpoint;
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
 */
final class InboxPolls implements PollingConsumerPollStrategy {

    private static final Logger log = LoggerFactory.getLogger(InboxPolls.class);

    private final PollerLeadership leadership;
    private final InboxHealth health;

    InboxPolls(PollerLeadership leadership, InboxHealth health) {
        this.leadership = leadership;
        this.health = health;
    }

    @Override
    public boolean begin(Consumer consumer, Endpoint endpoint) {
        return leadership.mayPoll(InboxRoute.POLLER);
    }

    @Override
    public void commit(Consumer consumer, Endpoint endpoint, int polledMessages) {
        log.debug("Mailbox polled: {} new mail(s)", polledMessages);
        health.polled(polledMessages);
    }

    @Override
    public boolean rollback(Consumer consumer, Endpoint endpoint, int retryCounter, Exception cause) {
        health.pollFailed(cause);
        log.warn("Reading the mailbox failed (tried again at the next poll): {}", health.health().getDetails()
                .get("lastError"));
        return false;
    }
}
