package io.switchboard.router.announcement;

import io.switchboard.router.config.RouterErrorHandling;
import io.switchboard.router.config.RouterProperties;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * Publishes announcements when they are due, unpins them when they expire, and delivers their
 * copies, on the outbox's polling interval. A copy that has to wait (throttle, retry_after,
 * backoff) stays WAITING with a later next try, so the route never sleeps.
 */
@Component
class BroadcastRoute extends RouteBuilder {

    static final String ROUTE_ID = "announcement-fan-out";

    private final BroadcastRun run;
    private final RouterProperties properties;

    BroadcastRoute(BroadcastRun run, RouterProperties properties) {
        this.run = run;
        this.properties = properties;
    }

    @Override
    public void configure() {
        long period = properties.outboxPollInterval().toMillis();
        from("timer:" + ROUTE_ID + "?delay=" + period + "&period=" + period).routeId(ROUTE_ID)
                .routeConfigurationId(RouterErrorHandling.ID)
                .bean(run, "run").id("run");
    }
}
