package io.switchboard.router.intake;

import io.switchboard.router.config.RouterErrorHandling;
import io.switchboard.router.ticket.TicketPublishRoute;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * From a stored event to its thread message, decision and reply; new tickets are announced after
 * the processing transaction committed. One consumer: events of a conversation are handled in
 * the order they arrived (an edit after the message it edits).
 */
@Component
class IntakeRoute extends RouteBuilder {

    static final String ROUTE_ID = "intake";

    private final IntakeQueue queue;
    private final IntakeProcessor processor;

    IntakeRoute(IntakeQueue queue, IntakeProcessor processor) {
        this.queue = queue;
        this.processor = processor;
    }

    @Override
    public void configure() {
        from(queue.uri()).routeId(ROUTE_ID).routeConfigurationId(RouterErrorHandling.RETRYING_TRANSIENT_ID)
                .setHeader(FailedEvents.EVENT_ID, body())
                .bean(processor, "process").id("process")
                .filter(simple("${body.ticket} != null"))
                    .setBody(simple("${body.ticket}"))
                    .to(TicketPublishRoute.ENDPOINT).id("publish-ticket")
                .end();
    }
}
