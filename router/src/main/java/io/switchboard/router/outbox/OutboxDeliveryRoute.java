package io.switchboard.router.outbox;

import io.switchboard.router.config.RouterErrorHandling;
import io.switchboard.router.config.RouterProperties;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * Polls the outbox for due replies and delivers them ({@link OutboxSenders}: chats at once, each chat's
 * replies in order). An entry that has to wait (throttle, retry_after, backoff) is left PENDING with a
 * later next try, so the route never sleeps. The tick is the floor: a queued reply wakes the senders
 * at once, and a held-back one when it comes due.
 */
@Component
class OutboxDeliveryRoute extends RouteBuilder {

    static final String ROUTE_ID = "outbox-delivery";

    private final OutboxSenders senders;
    private final RouterProperties properties;
    private final SendThrottle throttle;

    OutboxDeliveryRoute(OutboxSenders senders, RouterProperties properties, SendThrottle throttle) {
        this.senders = senders;
        this.properties = properties;
        this.throttle = throttle;
    }

    @Override
    public void configure() {
        long period = properties.outboxPollInterval().toMillis();
        log.info("Outbox delivery polls every {} ms, {} per batch, {} chats at once; {}", period,
                properties.outboxBatchSize(), properties.outboxSenders(), throttle);
        from("timer:" + ROUTE_ID + "?delay=" + period + "&period=" + period).routeId(ROUTE_ID)
                .routeConfigurationId(RouterErrorHandling.ID)
                .bean(senders, "run").id("deliver");
    }
}
