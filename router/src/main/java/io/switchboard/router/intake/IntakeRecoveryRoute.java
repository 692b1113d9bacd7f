package io.switchboard.router.intake;

import io.switchboard.router.config.RouterErrorHandling;
import io.switchboard.router.config.RouterProperties;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/** Sweeps for stored but unprocessed events at startup and then every recovery interval. */
@Component
class IntakeRecoveryRoute extends RouteBuilder {

    static final String ROUTE_ID = "intake-recovery";

    private final IntakeRecovery recovery;
    private final RouterProperties properties;

    IntakeRecoveryRoute(IntakeRecovery recovery, RouterProperties properties) {
        this.recovery = recovery;
        this.properties = properties;
    }

    @Override
    public void configure() {
        from("timer:" + ROUTE_ID + "?delay=1000&period=" + properties.recoveryInterval().toMillis())
                .routeId(ROUTE_ID).routeConfigurationId(RouterErrorHandling.ID)
                .bean(recovery, "requeueStale").id("requeue");
    }
}
