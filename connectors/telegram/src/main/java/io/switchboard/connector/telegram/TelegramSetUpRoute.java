package io.switchboard.connector.telegram;

import java.time.Duration;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.LifecycleStrategySupport;

/**
 * Route {@value #ROUTE_ID}: the connector's start-up calls ({@link TelegramSetUp}), on every
 * instance and in both modes, a try each {@link #TICK} until they succeed, then idle. When Camel
 * starts to stop, the connector's own calls (a getUpdates held open for up to poll-timeout among
 * them) are cancelled, so that the stop does not wait for them; replies are never cancelled.
 */
final class TelegramSetUpRoute extends RouteBuilder {

    static final String ROUTE_ID = "telegram-setup";
    /** How often the connector's routes look whether a wait is over (or, on a standby, whether it leads). */
    static final Duration TICK = Duration.ofSeconds(1);

    private final TelegramSetUp setUp;
    private final BotApi api;

    TelegramSetUpRoute(TelegramSetUp setUp, BotApi api) {
        this.setUp = setUp;
        this.api = api;
    }

    @Override
    public void configure() {
        getContext().addLifecycleStrategy(LifecycleStrategySupport.adapt(
                LifecycleStrategySupport.onCamelContextStopping(camel -> api.stopWorkerCalls())));
        from("scheduler:" + ROUTE_ID + "?initialDelay=0&delay=" + TICK.toMillis()).routeId(ROUTE_ID)
                .bean(setUp, "tryIfDue").id("telegram-set-up");
    }
}
