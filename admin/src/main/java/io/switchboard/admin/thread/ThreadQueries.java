package io.switchboard.admin.thread;

import io.switchboard.admin.api.PageResponse;
import io.switchboard.admin.attachment.MessageAttachments;
import io.switchboard.admin.ticket.TicketSummary;
import io.switchboard.core.thread.SupportThread;
import io.switchboard.core.thread.SupportThreadRepository;
import io.switchboard.core.thread.ThreadMessage;
import io.switchboard.core.thread.ThreadMessageRepository;
import io.switchboard.core.ticket.Ticket;
import io.switchboard.core.ticket.TicketRepository;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads support threads for the staff API, each answer from one consistent snapshot. */
@Service
@Transactional(readOnly = true)
class ThreadQueries {

    /** The order of every thread list: the inbox and the API alike. */
    static final Sort LATEST_ACTIVITY_FIRST = Sort.by(Sort.Order.desc("lastActivityAt"), Sort.Order.desc("id"));

    private final SupportThreadRepository threads;
    private final ThreadMessageRepository messages;
    private final TicketRepository tickets;
    private final MessageAttachments attachments;

    ThreadQueries(SupportThreadRepository threads, ThreadMessageRepository messages, TicketRepository tickets,
            MessageAttachments attachments) {
        this.threads = threads;
        this.messages = messages;
        this.tickets = tickets;
        this.attachments = attachments;
    }

    PageResponse<ThreadSummary> list(InboxFilter filter, Pageable pageable) {
        Page<SupportThread> page = threads.findAll(filter.specification(), pageable);
        Map<Long, String> latestTicketNumbers = page.isEmpty() ? Map.of()
                : tickets.findByThreadInOrderByIdAsc(page.getContent()).stream()
                        .collect(Collectors.toMap(ticket -> ticket.getThread().getId(), Ticket::getNumber,
                                (older, newer) -> newer));
        return PageResponse.of(page, thread -> ThreadSummary.from(thread, latestTicketNumbers.get(thread.getId())));
    }

    /** The thread without its messages, or empty when there is none. */
    Optional<ThreadSummary> summary(long id) {
        return threads.findById(id).map(thread -> ThreadSummary.from(thread, null));
    }

    Optional<ThreadDetail> find(long id) {
        return threads.findById(id).map(thread -> {
            List<TicketSummary> threadTickets = tickets.findByThreadInOrderByIdAsc(List.of(thread)).stream()
                    .map(TicketSummary::from)
                    .toList();
            String latestTicketNumber = threadTickets.isEmpty() ? null : threadTickets.get(threadTickets.size() - 1).number();
            List<ThreadDetail.MessageView> threadMessages = messages.findByThreadOrderByCreatedAtAscIdAsc(thread).stream()
                    .map(message -> ThreadDetail.MessageView.from(message, attachments.of(message)))
                    .toList();
            return new ThreadDetail(ThreadSummary.from(thread, latestTicketNumber), threadMessages, threadTickets);
        });
    }
}
