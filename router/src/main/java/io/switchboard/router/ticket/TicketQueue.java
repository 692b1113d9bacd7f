package io.switchboard.router.ticket;

import io.switchboard.core.ticket.Ticket;
import org.apache.camel.ProducerTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Announces a ticket opened outside the intake (which publishes its own tickets after its
 * transaction) on the ticket queue, once the transaction that opened it has committed: a ticket
 * rolled back is never announced.
 */
@Component
class TicketQueue {

    private final ProducerTemplate producer;

    TicketQueue(ProducerTemplate producer) {
        this.producer = producer;
    }

    void publishAfterCommit(Ticket ticket) {
        TicketCreated created = TicketCreated.of(ticket);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                producer.sendBody(TicketPublishRoute.ENDPOINT, created);
            }
        });
    }
}
