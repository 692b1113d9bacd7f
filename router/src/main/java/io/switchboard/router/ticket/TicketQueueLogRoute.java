package io.switchboard.router.ticket;

import io.switchboard.router.config.RouterErrorHandling;
import io.switchboard.core.ticket.TicketsProperties;
import io.switchboard.router.json.JsonCodec;
import org.apache.camel.builder.RouteBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Reads the ticket queue when it is in-process (the default {@code seda:tickets}), where no other
 * system can: each ticket is logged. With an external queue (RabbitMQ in the cluster profile)
 * the desk's consumers read it and this route is not created.
 */
@Component
public class TicketQueueLogRoute extends RouteBuilder {

    public static final String ROUTE_ID = "ticket-queue-log";
    private static final Logger log = LoggerFactory.getLogger(TicketQueueLogRoute.class);

    private final TicketsProperties properties;
    private final JsonCodec json;

    TicketQueueLogRoute(TicketsProperties properties, JsonCodec json) {
        this.properties = properties;
        this.json = json;
    }

    @Override
    public void configure() {
        if (!properties.inProcess()) {
            return;
        }
        from(properties.queueUri()).routeId(ROUTE_ID).routeConfigurationId(RouterErrorHandling.ID)
                .process(exchange -> logTicket(exchange.getMessage().getBody(String.class))).id("ticket-log");
    }

    private void logTicket(String body) {
        TicketCreated ticket = json.read(body, TicketCreated.class);
        log.info("Ticket {} queued: {} {}, {} thread {}", ticket.number(), ticket.priority(), ticket.category(),
                ticket.channel(), ticket.threadId());
    }
}
