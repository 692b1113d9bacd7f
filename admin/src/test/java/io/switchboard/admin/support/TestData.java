package io.switchboard.admin.support;

import io.switchboard.core.account.Account;
import io.switchboard.core.account.AccountRole;
import io.switchboard.core.account.Accounts;
import io.switchboard.core.answer.AnswerOutcome;
import io.switchboard.core.answer.BotAnswer;
import io.switchboard.core.answer.BotAnswerRepository;
import io.switchboard.core.callback.CallBackRequestRepository;
import io.switchboard.core.callback.CallLogRepository;
import io.switchboard.core.channel.Channel;
import io.switchboard.core.gateway.OutboundMessage;
import io.switchboard.core.gateway.TextFormat;
import io.switchboard.core.member.Member;
import io.switchboard.core.member.MemberRepository;
import io.switchboard.core.outbox.OutboxEntry;
import io.switchboard.core.outbox.OutboxRepository;
import io.switchboard.core.thread.Direction;
import io.switchboard.core.thread.SupportThread;
import io.switchboard.core.thread.SupportThreadRepository;
import io.switchboard.core.thread.ThreadMessage;
import io.switchboard.core.thread.ThreadMessageRepository;
import io.switchboard.core.thread.ThreadStatus;
import io.switchboard.core.ticket.AgentRepository;
import io.switchboard.core.ticket.Ticket;
import io.switchboard.core.ticket.TicketCategory;
import io.switchboard.core.ticket.TicketEvent;
import io.switchboard.core.ticket.TicketEventRepository;
import io.switchboard.core.ticket.TicketPriority;
import io.switchboard.core.ticket.TicketRepository;
import io.switchboard.core.ticket.TicketStatus;
import java.time.Instant;
import java.util.List;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** Writes the rows the API reads through core's repositories, as the pipeline would. */
@Component
public class TestData {

    /** A fixed point in time, so responses can be compared with literal ISO-8601 strings. */
    public static final Instant T0 = Instant.parse("2025-03-01T10:00:00Z");

    private final MemberRepository members;
    private final SupportThreadRepository threads;
    private final ThreadMessageRepository messages;
    private final TicketRepository tickets;
    private final TicketEventRepository ticketEvents;
    private final OutboxRepository outbox;
    private final BotAnswerRepository botAnswers;
    private final AgentRepository agents;
    private final CallLogRepository callLogs;
    private final CallBackRequestRepository callBacks;
    private final Accounts accounts;
    private final PasswordEncoder passwords;

    TestData(MemberRepository members, SupportThreadRepository threads, ThreadMessageRepository messages,
            TicketRepository tickets, TicketEventRepository ticketEvents, OutboxRepository outbox,
            BotAnswerRepository botAnswers, AgentRepository agents, Accounts accounts, PasswordEncoder passwords,
            CallLogRepository callLogs, CallBackRequestRepository callBacks) {
        this.members = members;
        this.threads = threads;
        this.messages = messages;
        this.tickets = tickets;
        this.ticketEvents = ticketEvents;
        this.outbox = outbox;
        this.botAnswers = botAnswers;
        this.agents = agents;
        this.callLogs = callLogs;
        this.callBacks = callBacks;
        this.accounts = accounts;
        this.passwords = passwords;
    }

    /** A staff account (admin, moderator or agent) that signs in with {@code password}. */
    public Account staff(String username, AccountRole role, String password) {
        return accounts.syncStaff(username, role, passwords.encode(password), hash -> passwords.matches(password, hash));
    }

    /** A forum member's account: it signs in, but it is not staff. */
    public Account forumMember(String username, String password) {
        return accounts.find(username).orElseGet(() -> accounts.register(username, username, passwords.encode(password)));
    }

    /** Empties every table the API reads; test classes share one database. */
    public void reset() {
        outbox.deleteAllInBatch();
        callLogs.deleteAllInBatch();
        callBacks.deleteAllInBatch();
        ticketEvents.deleteAllInBatch();
        tickets.deleteAllInBatch();
        botAnswers.deleteAllInBatch();
        messages.deleteAllInBatch();
        threads.deleteAllInBatch();
        members.deleteAllInBatch();
        agents.deleteAll();
    }

    public Member member(Channel channel, String platformId, String displayName, String handle, boolean vip) {
        Member member = new Member(channel, platformId, T0);
        member.refreshProfile(displayName, handle, "en", T0);
        member.setVip(vip, T0);
        return members.save(member);
    }

    /** A public group thread of the member's channel, opened at {@code openedAt}, last active at {@code lastActivityAt}. */
    public SupportThread thread(Member member, String conversationKey, ThreadStatus status, Instant openedAt,
            Instant lastActivityAt) {
        return thread(member, conversationKey, "en", status, openedAt, lastActivityAt);
    }

    /** As {@link #thread(Member, String, ThreadStatus, Instant, Instant)}, in {@code language}. */
    public SupportThread thread(Member member, String conversationKey, String language, ThreadStatus status,
            Instant openedAt, Instant lastActivityAt) {
        SupportThread thread = new SupportThread(member.getChannel(), conversationKey, "-100200300",
                "Exchange Community", false, member, language, openedAt);
        if (status != ThreadStatus.OPEN) {
            thread.changeStatus(status, lastActivityAt);
        }
        thread.touch(lastActivityAt);
        return threads.save(thread);
    }

    public ThreadMessage message(SupportThread thread, Direction direction, String externalId, String text,
            String attachments, Instant at) {
        return messages.save(new ThreadMessage(thread, direction, externalId, null, text,
                direction == Direction.IN ? thread.getMember().getDisplayName() : "Switchboard", attachments, at));
    }

    public ThreadMessage save(ThreadMessage message) {
        return messages.save(message);
    }

    /** A ticket in {@code status}; {@code thread} may be null for a ticket opened by hand. */
    public Ticket ticket(SupportThread thread, String subject, TicketStatus status, Instant at) {
        Ticket ticket = new Ticket(thread, subject, TicketCategory.DEPOSIT_WITHDRAWAL, TicketPriority.HIGH,
                "no-confident-answer", at);
        if (status != TicketStatus.NEW) {
            ticket.changeStatus(status, at.plusSeconds(60));
        }
        return tickets.save(ticket);
    }

    public TicketEvent ticketEvent(Ticket ticket, Instant at, String actor, String action, String detail) {
        return ticketEvents.save(new TicketEvent(ticket, at, actor, action, detail));
    }

    /** A PENDING reply to a Telegram group message; the caller moves it on with markSent, markFailed... */
    public OutboxEntry pendingReply(String decisionKey, String text, Instant at) {
        return new OutboxEntry(decisionKey, new OutboundMessage(Channel.TELEGRAM, "-100200300",
                "-100200300:7", "501", text, TextFormat.HTML), null, at);
    }

    public OutboxEntry save(OutboxEntry entry) {
        return outbox.save(entry);
    }

    /**
     * The bot's answer with Yes / No under {@code question}, and the member's press ({@code null}: none yet).
     */
    public BotAnswer botAnswer(ThreadMessage question, String articleKey, AnswerOutcome outcome, Instant at) {
        BotAnswer answer = new BotAnswer(question.getThread(), BotAnswer.Kind.ANSWER, List.of(articleKey), question,
                0.8, at);
        if (outcome != null) {
            answer.decide(outcome, at);
        }
        return botAnswers.save(answer);
    }
}
