package io.switchboard.router.ticket;

import io.switchboard.core.answer.AnswerDecision;
import io.switchboard.core.inbound.FiledRequest;
import io.switchboard.core.text.ColumnText;
import io.switchboard.core.thread.SupportThread;
import io.switchboard.core.thread.ThreadMessage;
import io.switchboard.core.ticket.Ticket;
import io.switchboard.core.ticket.TicketAssigner;
import io.switchboard.core.ticket.TicketCategory;
import io.switchboard.core.ticket.TicketEvent;
import io.switchboard.core.ticket.TicketEventRepository;
import io.switchboard.core.ticket.TicketLifecycle;
import io.switchboard.core.ticket.TicketPriority;
import io.switchboard.core.ticket.TicketRepository;
import io.switchboard.core.ticket.TicketSla;
import io.switchboard.core.ticket.TicketStatus;
import io.switchboard.core.ticket.VipMembers;
import io.switchboard.router.decision.EscalationReason;
import io.switchboard.router.threading.ThreadedMessage;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Opens tickets for escalated messages and keeps their history. Runs in the caller's transaction. */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class TicketDesk {

    static final int SUBJECT_LENGTH = 80;
    static final String SYSTEM = TicketEvent.SYSTEM;
    private static final String MEMBER = "member";

    private final TicketRepository tickets;
    private final TicketEventRepository events;
    private final CategoryResolver categories;
    private final TicketAssigner assigner;
    private final VipMembers vips;
    private final TicketSla sla;
    private final TicketLifecycle lifecycle;
    private final TicketQueue queue;
    private final Clock clock;

    TicketDesk(TicketRepository tickets, TicketEventRepository events, ObjectProvider<CategoryResolver> categories,
            TicketAssigner assigner, VipMembers vips, TicketSla sla, TicketLifecycle lifecycle, TicketQueue queue,
            Clock clock) {
        this.tickets = tickets;
        this.events = events;
        this.categories = categories.getIfUnique(CategoryResolver::unknown);
        this.assigner = assigner;
        this.vips = vips;
        this.sla = sla;
        this.lifecycle = lifecycle;
        this.queue = queue;
        this.clock = clock;
    }

    public Optional<Ticket> unresolvedTicketOf(SupportThread thread) {
        return tickets.findUnresolvedOf(thread);
    }

    /**
     * Opens a ticket for a member's message: categorized by the closest knowledge-base article when
     * the engine is sure enough of it ({@link CategoryResolver}), marked VIP for a VIP member, and
     * handed to a free agent when there is one.
     */
    public Ticket open(ThreadedMessage message, EscalationReason reason, AnswerDecision answer) {
        return open(message, subjectOf(message), categories.categoryOf(answer), TicketPriority.NORMAL, reason,
                createdDetail(reason, answer));
    }

    /**
     * What the person named their conversation, where they did (an e-mail's subject: a private conversation with a
     * title), else the message's own words. A mail's follow-up ("that did not help") says less than its subject.
     */
    private static String subjectOf(ThreadedMessage message) {
        SupportThread thread = message.thread();
        String title = thread.getChatTitle();
        return thread.isPrivateChat() && title != null && !title.isBlank() ? subjectOf(title)
                : subjectOf(message.message().getText());
    }

    /**
     * Opens the ticket for a request filed through a form: in the category the person chose and under
     * their subject; its history starts with the form's fields and the articles they were shown
     * ({@code "suggested: a, b, c"}), then the engine's own suggestions for the agent.
     */
    public Ticket file(ThreadedMessage message, FiledRequest request, AnswerDecision answer) {
        EscalationReason reason = EscalationReason.REQUEST_FILED;
        StringBuilder detail = new StringBuilder(createdDetail(reason, answer));
        request.fields().forEach((field, value) -> detail.append("; ").append(field).append(": ").append(value));
        if (!request.suggestedArticles().isEmpty()) {
            detail.append("; suggested: ").append(String.join(", ", request.suggestedArticles()));
        }
        return open(message, subjectOf(request.subject()), request.category(), request.priority(), reason,
                detail.toString());
    }

    private Ticket open(ThreadedMessage message, String subject, TicketCategory category, TicketPriority priority,
            EscalationReason reason, String createdDetail) {
        Instant now = clock.instant();
        Ticket ticket = tickets.save(new Ticket(message.thread(), subject, category, priority, reason.code(), now));
        events.save(new TicketEvent(ticket, now, SYSTEM, "created", createdDetail));
        vips.applyTo(ticket, SYSTEM);
        sla.schedule(ticket);
        assigner.assignQueued();
        lifecycle.opened(ticket, now);
        return ticket;
    }

    /**
     * Adds a member's further message to the history of the ticket that already has the thread; a
     * ticket that was waiting for the member (PENDING_USER) is OPEN again, for its agent.
     */
    public void addMemberMessage(Ticket ticket, ThreadMessage message) {
        Instant now = clock.instant();
        events.save(new TicketEvent(ticket, now, MEMBER, "member-message", message.getText()));
        if (ticket.getStatus() == TicketStatus.PENDING_USER) {
            events.save(new TicketEvent(ticket, now, MEMBER, "status-changed",
                    TicketStatus.PENDING_USER + " -> " + TicketStatus.OPEN));
            lifecycle.move(ticket, TicketStatus.OPEN, now);
        }
        ticket.touch(now);
    }

    /**
     * Notes in the ticket's history which of the bot's buttons the member pressed, and under what
     * ({@code "pressed NO under the answer withdrawal-pending (0.62)"}): why the ticket exists when a
     * press opened it, or what the member said to the bot while a ticket was open.
     */
    public void memberChoice(Ticket ticket, String detail) {
        Instant now = clock.instant();
        events.save(new TicketEvent(ticket, now, MEMBER, "member-choice", detail));
        ticket.touch(now);
    }

    /**
     * A reply of the thread was not delivered ({@code why}: too old to send after an outage, or
     * given up): staff take the thread up. Its unresolved ticket gets the reason in its history;
     * without one, a ticket is opened with it, on the subject of the member's message answered,
     * and announced on the ticket queue once the caller's transaction commits.
     */
    public Ticket replyNotDelivered(SupportThread thread, String memberText, String why) {
        Instant now = clock.instant();
        Optional<Ticket> open = unresolvedTicketOf(thread);
        if (open.isPresent()) {
            events.save(new TicketEvent(open.get(), now, SYSTEM, EscalationReason.REPLY_NOT_DELIVERED.code(), why));
            open.get().touch(now);
            return open.get();
        }
        Ticket ticket = tickets.save(new Ticket(thread, subjectOf(memberText), TicketCategory.OTHER,
                TicketPriority.NORMAL, EscalationReason.REPLY_NOT_DELIVERED.code(), now));
        events.save(new TicketEvent(ticket, now, SYSTEM, "created", "reason: " + EscalationReason.REPLY_NOT_DELIVERED.code()));
        events.save(new TicketEvent(ticket, now, SYSTEM, EscalationReason.REPLY_NOT_DELIVERED.code(), why));
        vips.applyTo(ticket, SYSTEM);
        sla.schedule(ticket);
        assigner.assignQueued();
        lifecycle.opened(ticket, now);
        queue.publishAfterCommit(ticket);
        return ticket;
    }

    public TicketCreated announcement(Ticket ticket) {
        return TicketCreated.of(ticket);
    }

    /** The text on one line, cut after a whole word (or Chinese character) with "…" past 80 characters. */
    static String subjectOf(String text) {
        return text.isBlank() ? "(no text)" : ColumnText.headline(text, SUBJECT_LENGTH);
    }

    private static String createdDetail(EscalationReason reason, AnswerDecision answer) {
        String detail = "reason: " + reason.code();
        if (!answer.suggestions().isEmpty()) {
            detail += "; suggestions: " + answer.suggestions().stream()
                    .map(s -> s.articleKey() + String.format(Locale.ROOT, " (%.2f)", s.confidence()))
                    .collect(Collectors.joining(", "));
        }
        return detail;
    }
}
