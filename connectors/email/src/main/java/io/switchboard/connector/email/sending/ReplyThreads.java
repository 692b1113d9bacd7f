package io.switchboard.connector.email.sending;

import io.switchboard.connector.email.ConditionalOnEmail;
import io.switchboard.core.account.Account;
import io.switchboard.core.account.Accounts;
import io.switchboard.core.channel.Channel;
import io.switchboard.core.gateway.OutboundMessage;
import io.switchboard.core.gateway.Sender;
import io.switchboard.core.thread.Direction;
import io.switchboard.core.thread.SupportThread;
import io.switchboard.core.thread.SupportThreadRepository;
import io.switchboard.core.thread.ThreadMessage;
import io.switchboard.core.thread.ThreadMessageRepository;
import io.switchboard.core.ticket.Ticket;
import io.switchboard.core.ticket.TicketRepository;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads what a reply mail needs from its support thread, its ticket and the replying agent's account. */
@Component
@ConditionalOnEmail
class ReplyThreads {

    private final SupportThreadRepository threads;
    private final ThreadMessageRepository messages;
    private final TicketRepository tickets;
    private final Accounts accounts;

    ReplyThreads(SupportThreadRepository threads, ThreadMessageRepository messages, TicketRepository tickets,
            Accounts accounts) {
        this.threads = threads;
        this.messages = messages;
        this.tickets = tickets;
        this.accounts = accounts;
    }

    /** The facts of the message's conversation; {@link ReplyFacts#STANDALONE} (with the agent) when no thread has it. */
    @Transactional(readOnly = true)
    ReplyFacts of(OutboundMessage message) {
        List<SupportThread> found = threads.findByChannelAndConversationKeyOrderByIdAsc(Channel.EMAIL,
                message.conversationKey());
        ReplyFacts facts = found.isEmpty() ? ReplyFacts.STANDALONE : of(found.get(found.size() - 1));
        return facts.withAgent(agentName(message.sender()));
    }

    private ReplyFacts of(SupportThread thread) {
        List<ThreadMessage> mails = messages.findByThreadOrderByCreatedAtAscIdAsc(thread);
        List<String> ids = mails.stream().map(ThreadMessage::getExternalId).filter(Objects::nonNull).distinct().toList();
        String lastInbound = mails.stream().filter(mail -> mail.getDirection() == Direction.IN)
                .map(ThreadMessage::getExternalId).filter(Objects::nonNull).reduce((first, second) -> second)
                .orElse(null);
        List<Ticket> ofThread = tickets.findByThreadInOrderByIdAsc(List.of(thread));
        String ticket = ofThread.isEmpty() ? null : ofThread.get(ofThread.size() - 1).getNumber();
        return new ReplyFacts(thread.getChatTitle(), thread.getLanguage(), ticket, lastInbound, ids, null);
    }

    /** The agent's name as members see it; the user name when the account is gone. */
    private String agentName(Sender sender) {
        if (sender.kind() != Sender.Kind.STAFF) {
            return null;
        }
        return accounts.find(sender.username()).map(Account::getDisplayName).orElse(sender.username());
    }
}
