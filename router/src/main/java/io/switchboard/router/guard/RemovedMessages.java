package io.switchboard.router.guard;

import io.switchboard.core.guard.GuardDecision;
import io.switchboard.core.thread.Direction;
import io.switchboard.core.thread.SupportThread;
import io.switchboard.core.thread.ThreadMessage;
import io.switchboard.core.thread.ThreadMessageRepository;
import io.switchboard.core.thread.ThreadStatus;
import io.switchboard.core.ticket.TicketRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * What the guard's removal of a message means for its support thread. The stored message is marked
 * as the platform now has it (hidden, or removed), so staff see it struck or hidden and are not
 * offered to take it down again. A thread left with nothing of the member's that others can read
 * and no ticket is closed: a scam is answered by nobody and has nothing to wait for in the inbox.
 * Undoing the decision reopens such a thread, which was never answered, for an agent.
 */
@Component
class RemovedMessages {

    private final ThreadMessageRepository messages;
    private final TicketRepository tickets;
    private final Clock clock;

    RemovedMessages(ThreadMessageRepository messages, TicketRepository tickets, Clock clock) {
        this.messages = messages;
        this.tickets = tickets;
        this.clock = clock;
    }

    void removed(ThreadMessage message, GuardActions.Removal removal) {
        Instant now = clock.instant();
        if (removal == GuardActions.Removal.HIDDEN) {
            message.hide(true);
        } else {
            message.markRemoved(now);
        }
        SupportThread thread = message.getThread();
        boolean nothingLeftToRead = messages.findByThreadOrderByCreatedAtAscIdAsc(thread).stream()
                .filter(stored -> stored.getDirection() == Direction.IN)
                .allMatch(stored -> stored.isRemoved() || stored.isHidden());
        if (thread.getStatus().isActive() && nothingLeftToRead && noTickets(thread)) {
            thread.changeStatus(ThreadStatus.CLOSED, now);
        }
    }

    /** The decision was undone: a hidden message is shown again, and its thread open if the guard closed it. */
    void restored(GuardDecision decision) {
        messages.findFirstByChannelAndDirectionAndExternalId(decision.getChannel(), Direction.IN,
                decision.getMessageId()).ifPresent(message -> {
                    if (GuardActions.Removal.HIDDEN.name().equals(decision.getRemoval())) {
                        message.hide(false);
                    }
                    SupportThread thread = message.getThread();
                    if (thread.getStatus() == ThreadStatus.CLOSED && noTickets(thread)) {
                        thread.changeStatus(ThreadStatus.OPEN, clock.instant());
                    }
                });
    }

    private boolean noTickets(SupportThread thread) {
        return tickets.findByThreadInOrderByIdAsc(List.of(thread)).isEmpty();
    }
}
