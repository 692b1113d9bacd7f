package io.switchboard.admin.ticket;

import io.switchboard.admin.api.PageResponse;
import io.switchboard.admin.attachment.MessageAttachments;
import io.switchboard.admin.email.MailOriginals;
import io.switchboard.core.account.Accounts;
import io.switchboard.core.member.Member;
import io.switchboard.core.thread.Direction;
import io.switchboard.core.thread.ThreadMessage;
import io.switchboard.core.thread.ThreadMessageRepository;
import io.switchboard.core.ticket.Ticket;
import io.switchboard.core.ticket.TicketEventRepository;
import io.switchboard.core.ticket.TicketRepository;
import io.switchboard.core.ticket.TicketStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads tickets for the staff API and the console, each answer from one consistent snapshot; public
 * for the dashboard's {@link #stats()}.
 */
@Service
@Transactional(readOnly = true)
public class TicketQueries {

    private final TicketRepository tickets;
    private final TicketEventRepository events;
    private final ThreadMessageRepository messages;
    private final MessageAttachments attachments;
    private final MailOriginals originals;
    private final Accounts accounts;
    private final Clock clock;

    TicketQueries(TicketRepository tickets, TicketEventRepository events, ThreadMessageRepository messages,
            MessageAttachments attachments, MailOriginals originals, Accounts accounts, Clock clock) {
        this.tickets = tickets;
        this.events = events;
        this.messages = messages;
        this.attachments = attachments;
        this.originals = originals;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** @param pageable page and size; the order is the filter's */
    PageResponse<TicketSummary> list(TicketFilter filter, Pageable pageable) {
        return PageResponse.of(tickets.findAll(filter.specification(), pageable), TicketSummary::from);
    }

    public TicketStats stats() {
        List<Ticket> unresolved = tickets.findByStatusIn(TicketStatus.unresolved());
        Instant now = clock.instant();
        return new TicketStats(unresolved.size(), TicketStats.byAge(unresolved.stream()
                        .map(ticket -> Duration.between(ticket.getCreatedAt(), now)).toList()),
                unresolved.stream().filter(Ticket::isBreached).count(),
                tickets.countByFirstResponseBreachedAtIsNotNull(), tickets.countByResolutionBreachedAtIsNotNull());
    }

    Optional<TicketDetail> find(long id) {
        return tickets.findById(id).map(ticket -> new TicketDetail(TicketSummary.from(ticket),
                events.findByTicketOrderByAtAscIdAsc(ticket).stream().map(TicketDetail.HistoryEntry::from).toList()));
    }

    /** The member a ticket is about and what was said in its thread; empty for a ticket opened by hand alone. */
    Optional<TicketConversation> conversation(long id) {
        return tickets.findById(id).filter(ticket -> ticket.getThread() != null).map(ticket -> {
            Member member = ticket.getThread().getMember();
            List<ThreadMessage> thread = messages.findByThreadOrderByCreatedAtAscIdAsc(ticket.getThread());
            Map<String, MailOriginals.Original> said = originals.of(ticket.getThread().getChannel(), thread.stream()
                    .filter(message -> message.getDirection() == Direction.IN).map(ThreadMessage::getExternalId).toList());
            return new TicketConversation(member.getId(), member.getChannel(),
                    ticket.getThread().getConversationKey(), member.getDisplayName(),
                    member.getHandle(), member.getPlatformId(), member.isVip(), member.getManager(),
                    thread.stream().map(message -> TicketConversation.Line.from(message, attachments.of(message),
                            message.getDirection() == Direction.IN && message.getExternalId() != null
                                    ? said.get(message.getExternalId()) : null)).toList());
        });
    }

    /** Who can take a ticket or manage a VIP: every staff account people sign in with, by name. */
    List<String> staff() {
        return accounts.staffUsernames();
    }
}
