package io.switchboard.router.ticket;

import io.switchboard.core.assignment.TicketAssigner;
import io.switchboard.core.ticket.TicketsProperties;
import io.switchboard.router.config.RouterErrorHandling;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * Every {@code switchboard.tickets.check-interval}: moves tickets whose agent did not respond in
 * time, then serves the queue, so that nothing waits on an event that was missed (an agent whose
 * ticket was resolved by the forum, say). The assigner logs what it moved.
 */
@Component
class TicketAssignmentRoute extends RouteBuilder {

    static final String ROUTE_ID = "ticket-assignment";

    private final TicketAssigner assigner;
    private final TicketsProperties properties;

    TicketAssignmentRoute(TicketAssigner assigner, TicketsProperties properties) {
        this.assigner = assigner;
        this.properties = properties;
    }

    @Override
    public void configure() {
        from("timer:" + ROUTE_ID + "?delay=" + properties.checkInterval().toMillis()
                + "&period=" + properties.checkInterval().toMillis())
                .routeId(ROUTE_ID).routeConfigurationId(RouterErrorHandling.ID)
                .bean(assigner, "reassignUnanswered").id("reassign-unanswered")
                .bean(assigner, "assignQueued").id("assign-queued");
    }
}
