package io.switchboard.forum.pipeline;

import io.switchboard.forum.ConditionalOnForum;
import io.switchboard.forum.ForumProperties;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * Route {@value #ROUTE_ID}: the {@link HandoffSweep} every {@code handoff-sweep-interval}, the first
 * one interval after start, on every instance (handing a post in twice is harmless: the pipeline
 * stores each post once).
 */
@Component
@ConditionalOnForum
class HandoffSweepRoute extends RouteBuilder {

    static final String ROUTE_ID = "forum-handoff";

    private final HandoffSweep sweep;
    private final ForumProperties properties;

    HandoffSweepRoute(HandoffSweep sweep, ForumProperties properties) {
        this.sweep = sweep;
        this.properties = properties;
    }

    @Override
    public void configure() {
        long interval = properties.handoffSweepInterval().toMillis();
        from("scheduler:" + ROUTE_ID + "?initialDelay=" + interval + "&delay=" + interval).routeId(ROUTE_ID)
                .bean(sweep, "sweep").id("hand-in-missed");
    }
}
