package io.switchboard.router.config;

import java.util.List;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteConfigurationBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The router's shared error handling: a failure is logged, handed to the {@link RouteFailureHandler}s
 * and marked handled, so one bad event or reply never stops the route for the others.
 */
@Component
public class RouterErrorHandling extends RouteConfigurationBuilder {

    public static final String ID = "router-errors";
    private static final Logger log = LoggerFactory.getLogger(RouterErrorHandling.class);

    private final List<RouteFailureHandler> handlers;

    RouterErrorHandling(List<RouteFailureHandler> handlers) {
        this.handlers = handlers;
    }

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
        for (RouteFailureHandler handler : handlers) {
            handler.onFailure(exchange, cause);
        }
    }
}
