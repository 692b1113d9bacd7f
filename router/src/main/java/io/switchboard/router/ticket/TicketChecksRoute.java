package io.switchboard.router.ticket;

import io.switchboard.core.ticket.TicketAssigner;
import io.switchboard.core.ticket.TicketSla;
import io.switchboard.core.ticket.TicketsProperties;
import io.switchboard.router.config.RouterErrorHandling;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * Every {@code switchboard.tickets.check-interval}: moves tickets whose agent did not respond in
 * time, serves the queue, so that nothing waits on an event that was missed (an agent whose ticket
 * was resolved by the forum, say), and marks missed SLA targets. Each step logs what it did.
 */
@Component
class TicketChecksRoute extends RouteBuilder {

    static final String ROUTE_ID = "ticket-checks";

    private final TicketAssigner assigner;
    private final TicketSla sla;
    private final TicketsProperties properties;

    TicketChecksRoute(TicketAssigner assigner, TicketSla sla, TicketsProperties properties) {
        this.assigner = assigner;
        this.sla = sla;
        this.properties = properties;
    }

    @Override
    public void configure() {
        from("timer:" + ROUTE_ID + "?delay=" + properties.checkInterval().toMillis()
                + "&period=" + properties.checkInterval().toMillis())
                .routeId(ROUTE_ID).routeConfigurationId(RouterErrorHandling.ID)
                .bean(assigner, "reassignUnanswered").id("reassign-unanswered")
                .bean(assigner, "assignQueued").id("assign-queued")
                .bean(sla, "checkBreaches").id("check-sla");
    }
}
