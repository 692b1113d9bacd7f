package io.switchboard.helpcenter.request;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.switchboard.core.attachment.Attachments;
import io.switchboard.core.channel.Channel;
import io.switchboard.core.inbound.Attachment;
import io.switchboard.core.thread.Direction;
import io.switchboard.core.thread.SupportThread;
import io.switchboard.core.thread.SupportThreadRepository;
import io.switchboard.core.thread.ThreadMessage;
import io.switchboard.core.thread.ThreadMessageRepository;
import io.switchboard.core.ticket.MemberTicketActions;
import io.switchboard.core.ticket.Ticket;
import io.switchboard.core.ticket.TicketRepository;
import io.switchboard.core.ticket.TicketStatus;
import io.switchboard.helpcenter.request.RequestView.Entry;
import io.switchboard.helpcenter.request.RequestView.FileLink;
import io.switchboard.helpcenter.request.RequestView.Speaker;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads a request's conversation from the pipeline: its threads in channel WEB (a request whose ticket was
 * resolved and reopened may span more than one), their messages, and its latest ticket. The support team's
 * and the bot's replies show once the outbox delivered them ({@link RequestGateway}), as on any channel.
 */
@Service
@Transactional(readOnly = true)
class RequestConversations {

    /** The bot's own messages in a thread (the outbox's author name). */
    private static final String BOT_AUTHOR = "bot";
    private static final TypeReference<List<Attachment>> ATTACHMENTS = new TypeReference<>() {
    };

    private final SupportThreadRepository threads;
    private final ThreadMessageRepository messages;
    private final TicketRepository tickets;
    private final MemberTicketActions memberActions;
    private final RequestProperties properties;
    private final ObjectMapper json;

    RequestConversations(SupportThreadRepository threads, ThreadMessageRepository messages, TicketRepository tickets,
            MemberTicketActions memberActions, RequestProperties properties, ObjectMapper json) {
        this.threads = threads;
        this.messages = messages;
        this.tickets = tickets;
        this.memberActions = memberActions;
        this.properties = properties;
        this.json = json;
    }

    RequestView view(HelpRequest request) {
        List<SupportThread> conversation = threads.findByChannelAndConversationKeyOrderByIdAsc(Channel.WEB,
                request.conversationKey());
        Optional<Ticket> ticket = latestTicket(conversation);
        TicketStatus status = ticket.map(Ticket::getStatus).orElse(null);
        List<Entry> entries = entries(conversation, status != null && !status.isUnresolved());
        boolean open = status == null || status.isUnresolved();
        return new RequestView(request, ticket.map(Ticket::getNumber).orElse(null), status, entries, open,
                status != null && status.isUnresolved(),
                ticket.map(t -> memberActions.mayReopen(t, properties.requests().reopenWindow())).orElse(false));
    }

    /** The request's latest ticket, if the pipeline opened one yet. */
    Optional<Ticket> latestTicket(HelpRequest request) {
        return latestTicket(threads.findByChannelAndConversationKeyOrderByIdAsc(Channel.WEB,
                request.conversationKey()));
    }

    private Optional<Ticket> latestTicket(List<SupportThread> conversation) {
        if (conversation.isEmpty()) {
            return Optional.empty();
        }
        List<Ticket> all = tickets.findByThreadInOrderByIdAsc(conversation);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    private List<Entry> entries(List<SupportThread> conversation, boolean resolved) {
        List<ThreadMessage> shown = conversation.stream()
                .flatMap(thread -> messages.findByThreadOrderByCreatedAtAscIdAsc(thread).stream())
                .filter(message -> !message.isRemoved() && (message.getDirection() == Direction.IN
                        || message.getExternalId() != null))
                .sorted(Comparator.comparing(ThreadMessage::getCreatedAt).thenComparing(ThreadMessage::getId))
                .toList();
        int solution = resolved ? lastStaffReply(shown) : -1;
        List<Entry> entries = new ArrayList<>(shown.size());
        for (int i = 0; i < shown.size(); i++) {
            ThreadMessage message = shown.get(i);
            entries.add(new Entry(speaker(message), message.getText(), message.getCreatedAt(), files(message),
                    i == solution));
        }
        return entries;
    }

    private static int lastStaffReply(List<ThreadMessage> shown) {
        for (int i = shown.size() - 1; i >= 0; i--) {
            if (speaker(shown.get(i)) == Speaker.STAFF) {
                return i;
            }
        }
        return -1;
    }

    private static Speaker speaker(ThreadMessage message) {
        if (message.getDirection() == Direction.IN) {
            return Speaker.MEMBER;
        }
        return BOT_AUTHOR.equals(message.getAuthorName()) ? Speaker.BOT : Speaker.STAFF;
    }

    /** The message's files kept by Switchboard (a request's files always are). */
    private List<FileLink> files(ThreadMessage message) {
        if (message.getAttachments() == null || message.getAttachments().isBlank()) {
            return List.of();
        }
        try {
            return json.readValue(message.getAttachments(), ATTACHMENTS).stream()
                    .flatMap(file -> Attachments.idOf(file.fileId()).stream()
                            .mapToObj(id -> new FileLink(id, file.mimeType())))
                    .toList();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("thread message " + message.getId() + " has malformed attachments JSON", e);
        }
    }
}
