package io.switchboard.connector.telegram;

import io.switchboard.core.cluster.PollerLeadership;
import io.switchboard.core.cluster.PollerLeadershipPolicy;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;

/**
 * Route {@value #ROUTE_ID} (polling mode only): long polling for updates, on the instance that
 * holds the {@value #POLLER} poller. A good round is followed by the next at once (the scheduler is
 * greedy while rounds poll); otherwise the route looks again at its next tick, every
 * {@link TelegramSetUpRoute#TICK}.
 */
final class TelegramUpdatesRoute extends RouteBuilder {

    static final String ROUTE_ID = "telegram-updates";
    /** The poller's name among instances (its lock); kept from before the route had an id. */
    static final String POLLER = "telegram";

    private final TelegramPolling polling;
    private final PollerLeadership leadership;

    TelegramUpdatesRoute(TelegramPolling polling, PollerLeadership leadership) {
        this.polling = polling;
        this.leadership = leadership;
    }

    @Override
    public void configure() {
        from("scheduler:" + ROUTE_ID + "?initialDelay=0&greedy=true&delay=" + TelegramSetUpRoute.TICK.toMillis())
                .routeId(ROUTE_ID)
                .routePolicy(new PollerLeadershipPolicy(leadership, POLLER))
                .setProperty(Exchange.SCHEDULER_POLLED_MESSAGES, method(polling, "pollIfDue")).id("poll-updates");
    }
}
