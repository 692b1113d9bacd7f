package io.switchboard.router.outbox;

import io.switchboard.router.config.RouterErrorHandling;
import io.switchboard.router.config.RouterProperties;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * Polls the outbox for due replies and delivers them one by one, oldest first. An entry that has
 * to wait (throttle, retry_after, backoff) is left PENDING with a later next try, so the route
 * never sleeps.
 */
@Component
class OutboxDeliveryRoute extends RouteBuilder {

    static final String ROUTE_ID = "outbox-delivery";

    private final OutboxDelivery delivery;
    private final DeliveryTally tally;
    private final RouterProperties properties;
    private final SendThrottle throttle;

    OutboxDeliveryRoute(OutboxDelivery delivery, DeliveryTally tally, RouterProperties properties,
            SendThrottle throttle) {
        this.delivery = delivery;
        this.tally = tally;
        this.properties = properties;
        this.throttle = throttle;
    }

    @Override
    public void configure() {
        long period = properties.outboxPollInterval().toMillis();
        log.info("Outbox delivery polls every {} ms, {} per batch; {}", period, properties.outboxBatchSize(),
                throttle);
        from("timer:" + ROUTE_ID + "?delay=" + period + "&period=" + period).routeId(ROUTE_ID)
                .routeConfigurationId(RouterErrorHandling.ID)
                .bean(delivery, "dueEntryIds").id("find-due")
                .split(body())
                    .bean(delivery, "deliver").id("deliver")
                .end()
                .bean(tally, "report").id("report");
    }
}
