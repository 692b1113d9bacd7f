package io.switchboard.connector.twitter;

import io.switchboard.core.cluster.PollerLeadership;
import io.switchboard.core.cluster.PollerLeadershipPolicy;
import java.time.Duration;
import org.apache.camel.builder.RouteBuilder;

/**
 * Route {@value #ROUTE_ID}: a {@link MentionPoller} cycle at start and then every
 * {@code poll-interval} after the last one ended, on the instance that holds the {@value #POLLER}
 * poller. X's rate-limit window is the poller's {@link RateWindow}: a cycle inside a closed window
 * makes no request.
 */
final class MentionsRoute extends RouteBuilder {

    static final String ROUTE_ID = "x-mentions";
    /** The poller's name among instances (its lock); kept from before the route had an id. */
    static final String POLLER = "twitter-mentions";

    private final MentionPoller poller;
    private final Duration pollInterval;
    private final PollerLeadership leadership;

    MentionsRoute(MentionPoller poller, Duration pollInterval, PollerLeadership leadership) {
        this.poller = poller;
        this.pollInterval = pollInterval;
        this.leadership = leadership;
    }

    @Override
    public void configure() {
        from("scheduler:" + ROUTE_ID + "?initialDelay=0&delay=" + pollInterval.toMillis()).routeId(ROUTE_ID)
                .routePolicy(new PollerLeadershipPolicy(leadership, POLLER))
                .bean(poller, "pollReportingFailures").id("poll-mentions");
        log.info("X mentions: polling every {}", pollInterval);
    }
}
