package io.switchboard.core.ticket;

import java.time.Instant;

/**
 * A ticket was opened (by the pipeline for a member's message, or by hand), published in the transaction that
 * opened it, after its first assignment: a listener's writes commit or roll back with it. The live chat starts a
 * hand-off on it.
 */
public record TicketOpened(Ticket ticket, Instant at) {
}
