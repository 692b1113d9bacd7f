package io.switchboard.router.ticket;

import io.switchboard.router.config.RouterErrorHandling;
import io.switchboard.core.ticket.TicketsProperties;
import io.switchboard.router.json.JsonCodec;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/** Publishes each new ticket, as a {@link TicketCreated} JSON event, to the ticket queue. */
@Component
public class TicketPublishRoute extends RouteBuilder {

    public static final String ENDPOINT = "direct:publish-ticket";
    public static final String ROUTE_ID = "ticket-publish";

    private final TicketsProperties properties;
    private final JsonCodec json;

    TicketPublishRoute(TicketsProperties properties, JsonCodec json) {
        this.properties = properties;
        this.json = json;
    }

    @Override
    public void configure() {
        from(ENDPOINT).routeId(ROUTE_ID).routeConfigurationId(RouterErrorHandling.ID)
                .bean(json, "write").id("ticket-json")
                .to(properties.queueUri()).id("ticket-queue");
    }
}
