package io.switchboard.core.cluster;

import org.apache.camel.Exchange;
import org.apache.camel.Route;
import org.apache.camel.support.RoutePolicySupport;

/**
 * A poller's route runs its cycle only on the instance that holds the poller's
 * {@link PollerLeadership}: every tick of the route's scheduler asks first, and on a standby
 * instance the tick ends there, marked as having polled nothing (so a greedy scheduler waits its
 * delay instead of asking again at once). The route stays started on every instance; a standby
 * takes the poller over at its first tick after the holder is gone (stopped, crashed, or cut off
 * from the database), as {@link PostgresPollerLocks} lets it.
 */
public final class PollerLeadershipPolicy extends RoutePolicySupport {

    private final PollerLeadership leadership;
    private final String poller;

    /** @param poller the name the instances agree on for this poller (its lock's name) */
    public PollerLeadershipPolicy(PollerLeadership leadership, String poller) {
        this.leadership = leadership;
        this.poller = poller;
    }

    @Override
    public void onExchangeBegin(Route route, Exchange exchange) {
        if (!leadership.mayPoll(poller)) {
            exchange.setProperty(Exchange.SCHEDULER_POLLED_MESSAGES, false);
            exchange.setRouteStop(true);
        }
    }

    @Override
    public String toString() {
        return "PollerLeadershipPolicy[" + poller + "]";
    }
}
