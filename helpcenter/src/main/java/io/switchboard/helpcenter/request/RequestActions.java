package io.switchboard.helpcenter.request;

import io.switchboard.core.attachment.AttachmentRefusedException;
import io.switchboard.core.attachment.Attachments;
import io.switchboard.core.attachment.StoredAttachment;
import io.switchboard.core.attachment.UploadedFile;
import io.switchboard.core.inbound.InboundPort;
import io.switchboard.core.ticket.MemberTicketActions;
import io.switchboard.core.ticket.Ticket;
import io.switchboard.core.ticket.TicketTransitionException;
import io.switchboard.helpcenter.request.RequestRefused.Problem;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the person who filed a request does on its page afterwards: write again (with files), which reaches
 * the ticket through the pipeline like any member's message; mark it solved; reopen it within
 * {@code switchboard.helpcenter.requests.reopen-window} of its resolution. The caller has checked the
 * request is theirs.
 */
@Service
class RequestActions {

    private final RequestConversations conversations;
    private final Attachments attachments;
    private final InboundPort port;
    private final MemberTicketActions tickets;
    private final RequestProperties properties;
    private final Clock clock;

    RequestActions(RequestConversations conversations, Attachments attachments, InboundPort port,
            MemberTicketActions tickets, RequestProperties properties, Clock clock) {
        this.conversations = conversations;
        this.attachments = attachments;
        this.port = port;
        this.tickets = tickets;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * @throws RequestRefused when the text is blank or too long, a file is refused, or the request is
     *     resolved (it is reopened first)
     */
    @Transactional
    public void reply(HelpRequest request, Requester requester, String text, List<UploadedFile> files) {
        List<Problem> problems = new ArrayList<>();
        String checked = TextChecks.required(problems, "reply", text, properties.requests().descriptionMaxLength());
        if (!problems.isEmpty()) {
            throw new RequestRefused(problems);
        }
        if (!conversations.view(request).canReply()) {
            throw new RequestRefused(new Problem(null, "help.request.error.closed"));
        }
        List<StoredAttachment> stored;
        try {
            stored = attachments.storeAll(files, requester.name());
        } catch (AttachmentRefusedException refused) {
            throw RequestFiling.refusedFile(refused);
        }
        port.accept(RequestMessages.reply(request, requester, checked, stored, clock.instant()));
    }

    /** @throws RequestRefused when there is no unresolved ticket to mark solved */
    @Transactional
    public void solve(HelpRequest request) {
        Ticket ticket = ticketOf(request);
        try {
            tickets.solve(ticket.getId());
        } catch (TicketTransitionException done) {
            throw new RequestRefused(new Problem(null, "help.request.error.notOpen"));
        }
    }

    /** @throws RequestRefused when the request is not resolved, or was resolved too long ago */
    @Transactional
    public void reopen(HelpRequest request) {
        Ticket ticket = ticketOf(request);
        try {
            tickets.reopen(ticket.getId(), properties.requests().reopenWindow());
        } catch (TicketTransitionException late) {
            throw new RequestRefused(new Problem(null, "help.request.error.reopen", properties.requests()
                    .reopenWindow().toDays()));
        }
    }

    private Ticket ticketOf(HelpRequest request) {
        return conversations.latestTicket(request)
                .orElseThrow(() -> new RequestRefused(new Problem(null, "help.request.error.noTicket")));
    }
}
