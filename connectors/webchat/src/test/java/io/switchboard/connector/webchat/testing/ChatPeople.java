package io.switchboard.connector.webchat.testing;

import java.time.Clock;
import java.util.EnumSet;
import java.util.UUID;

import io.switchboard.core.account.AccountRole;
import io.switchboard.core.account.Accounts;
import io.switchboard.core.channel.Channel;
import io.switchboard.core.livechat.ChatVisitor;
import io.switchboard.core.livechat.ChatVisitors;
import io.switchboard.core.member.Member;
import io.switchboard.core.member.MemberRepository;
import io.switchboard.core.thread.SupportThread;
import io.switchboard.core.thread.SupportThreadRepository;
import io.switchboard.core.ticket.AgentStatus;
import io.switchboard.core.ticket.Agents;
import io.switchboard.core.ticket.Ticket;
import io.switchboard.core.ticket.TicketCategory;
import io.switchboard.core.ticket.TicketPriority;
import io.switchboard.core.ticket.TicketWorkflow;
import org.springframework.stereotype.Component;

/**
 * Visitors, their threads and tickets, and agents, as the router and the console would make them (the router is not
 * in this module: a hand-off's ticket is opened by hand on the visitor's thread, which publishes the same event).
 */
@Component
public class ChatPeople {

    private final ChatVisitors visitors;
    private final MemberRepository members;
    private final SupportThreadRepository threads;
    private final TicketWorkflow tickets;
    private final Accounts accounts;
    private final Agents agents;
    private final Clock clock;

    ChatPeople(ChatVisitors visitors, MemberRepository members, SupportThreadRepository threads,
            TicketWorkflow tickets, Accounts accounts, Agents agents, Clock clock) {
        this.visitors = visitors;
        this.members = members;
        this.threads = threads;
        this.tickets = tickets;
        this.accounts = accounts;
        this.agents = agents;
        this.clock = clock;
    }

    /** A new anonymous visitor, with their WEBCHAT thread. */
    public ChatVisitor visitor(String language) {
        String key = ChatVisitor.ANONYMOUS_PREFIX + UUID.randomUUID();
        ChatVisitor visitor = visitors.arrive(key, null, language);
        Member member = members.save(new Member(Channel.WEBCHAT, key, clock.instant()));
        threads.save(new SupportThread(Channel.WEBCHAT, key, key, null, true, member, language, clock.instant()));
        return visitor;
    }

    public SupportThread threadOf(ChatVisitor visitor) {
        return threads.findByChannelAndConversationKeyOrderByIdAsc(Channel.WEBCHAT, visitor.visitorKey()).get(0);
    }

    /** The hand-off: the ticket the router opens when the visitor asks for a human. */
    public Ticket handOff(ChatVisitor visitor) {
        return tickets.openByHand("Talk to a human", TicketCategory.ACCOUNT_SECURITY, TicketPriority.NORMAL,
                threadOf(visitor).getId(), "system");
    }

    /** An agent (no skills: tickets are not handed to them by themselves), online. */
    public String onlineAgent(String displayName) {
        String username = "agent-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.createStaff(username, displayName, AccountRole.AGENT, "{noop}not-used");
        agents.configure("admin", username, EnumSet.noneOf(TicketCategory.class), 5);
        agents.online("admin", username);
        return username;
    }

    public void everyoneOffline() {
        agents.list().stream().filter(AgentStatus::online).map(AgentStatus::username)
                .forEach(username -> agents.offline("admin", username));
    }
}
