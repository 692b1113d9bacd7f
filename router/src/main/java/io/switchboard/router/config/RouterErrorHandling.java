package io.switchboard.router.config;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteConfigurationBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The router's shared error handling: a failure is logged and marked handled, so one bad exchange never
 * stops the route for the others. Nothing is retried here: a route that calls a platform may have reached it
 * before the failure. The intake is not a route: its lanes retry transient database failures themselves
 * ({@code io.switchboard.router.intake.LaneBatches}).
 */
@Component
public class RouterErrorHandling extends RouteConfigurationBuilder {

    public static final String ID = "router-errors";
    private static final Logger log = LoggerFactory.getLogger(RouterErrorHandling.class);

    @Override
    public void configuration() {
        routeConfiguration(ID)
                .onException(Exception.class).handled(true)
                .process(this::failed).id("record-failure");
    }

    private void failed(Exchange exchange) {
        Throwable cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        log.error("Route {} failed on exchange {}: {}", exchange.getFromRouteId(), exchange.getExchangeId(),
                cause, cause);
    }
}
