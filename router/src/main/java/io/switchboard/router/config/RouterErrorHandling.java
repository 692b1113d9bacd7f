package io.switchboard.router.config;

import java.util.List;
import org.apache.camel.Exchange;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteConfigurationBuilder;
import org.apache.camel.model.RouteConfigurationDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.stereotype.Component;

/**
 * The router's shared error handling: a failure is logged, handed to the {@link RouteFailureHandler}s
 * and marked handled, so one bad event or reply never stops the route for the others.
 *
 * <p>Routes whose steps are one transaction each, safe to run again after a rollback, use
 * {@link #RETRYING_TRANSIENT_ID}: a transient database failure (a deadlock, a lock wait that timed
 * out, an optimistic-lock conflict with another instance) is retried a few times before it counts.
 * Without it, a member's message that lost a deadlock to a staff action was marked FAILED and never
 * answered. Routes that call a platform in the step (the outbox) must not retry that way: the call
 * may have gone out before the database failed.
 */
@Component
public class RouterErrorHandling extends RouteConfigurationBuilder {

    public static final String ID = "router-errors";
    public static final String RETRYING_TRANSIENT_ID = "router-errors-retrying-transient";
    /** Tries after the first; with the backoff below a step waits at most 0.2 + 0.4 + 0.8 s. */
    static final int TRANSIENT_RETRIES = 3;
    private static final long FIRST_RETRY_DELAY_MS = 200;
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
        RouteConfigurationDefinition retrying = routeConfiguration(RETRYING_TRANSIENT_ID);
        retrying.onException(TransientDataAccessException.class).handled(true)
                .maximumRedeliveries(TRANSIENT_RETRIES).redeliveryDelay(FIRST_RETRY_DELAY_MS)
                .useExponentialBackOff().backOffMultiplier(2)
                .retryAttemptedLogLevel(LoggingLevel.WARN).logRetryStackTrace(false)
                .process(this::failed).id("record-failure-after-retries");
        retrying.onException(Exception.class).handled(true)
                .process(this::failed).id("record-failure-not-retried");
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
