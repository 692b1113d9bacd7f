package io.switchboard.core.livechat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

import io.switchboard.core.account.Account;
import io.switchboard.core.account.Accounts;
import io.switchboard.core.ticket.Ticket;
import io.switchboard.core.ticket.TicketCategory;
import io.switchboard.core.ticket.TicketChange;
import io.switchboard.core.ticket.TicketStatus;
import io.switchboard.core.ticket.TicketWorkflow;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hand-offs of visitors to people: a ticket opened in a live chat puts the visitor in the queue, an agent joins
 * (their ticket is then the agent's), transfers or closes it. Each change is a line of the visitor's window
 * ({@link SystemNote}), a change of the ticket through {@link TicketWorkflow} (so audited, and counted in the
 * agent's load like any ticket), and a {@link ChatSignal#queue()} for the consoles.
 */
@Service
@Transactional
public class LiveChats {

    /** The queue: VIPs first, then who asked first. */
    public static final Comparator<LiveChat> QUEUE_ORDER = Comparator.comparing((LiveChat chat) -> !chat.isVip())
            .thenComparing(LiveChat::getHandedOffAt).thenComparing(LiveChat::getId);

    private static final EnumSet<LiveChatState> OPEN = EnumSet.of(LiveChatState.WAITING, LiveChatState.ACTIVE);

    private final LiveChatRepository chats;
    private final ChatFrames frames;
    private final ChatSignals signals;
    private final TicketWorkflow tickets;
    private final Accounts accounts;
    private final Clock clock;

    LiveChats(LiveChatRepository chats, ChatFrames frames, ChatSignals signals, TicketWorkflow tickets,
            Accounts accounts, Clock clock) {
        this.chats = chats;
        this.frames = frames;
        this.signals = signals;
        this.tickets = tickets;
        this.accounts = accounts;
        this.clock = clock;
    }

    /**
     * The visitor of this ticket's live-chat thread waits for a person; the same ticket again changes nothing.
     * An agent the ticket was assigned to on opening has not joined yet: the chat waits until someone does.
     */
    public LiveChat open(Ticket ticket, Instant at) {
        return chats.findByTicketId(ticket.getId()).orElseGet(() -> {
            LiveChat chat = chats.save(new LiveChat(ticket.getThread().getConversationKey(), ticket.getId(),
                    ticket.getThread().getLanguage(), ticket.isForVip(), at));
            signals.publish(ChatSignal.queue());
            return chat;
        });
    }

    @Transactional(readOnly = true)
    public Optional<LiveChat> find(long id) {
        return chats.findById(id);
    }

    /** The visitor's chat that is waiting or under way, if any. */
    @Transactional(readOnly = true)
    public Optional<LiveChat> current(String visitorKey) {
        return chats.findFirstByVisitorKeyAndStateInOrderByIdDesc(visitorKey, OPEN);
    }

    /** The chats waiting for an agent, in {@link #QUEUE_ORDER}. */
    @Transactional(readOnly = true)
    public List<LiveChat> waiting() {
        return chats.findByStateIn(EnumSet.of(LiveChatState.WAITING)).stream().sorted(QUEUE_ORDER).toList();
    }

    /** The chats waiting or under way, in {@link #QUEUE_ORDER}. */
    @Transactional(readOnly = true)
    public List<LiveChat> open() {
        return chats.findByStateIn(OPEN).stream().sorted(QUEUE_ORDER).toList();
    }

    /** The chat's place in the queue, from 1; 0 when it is not waiting. */
    @Transactional(readOnly = true)
    public int positionOf(LiveChat chat) {
        List<LiveChat> queue = waiting();
        for (int i = 0; i < queue.size(); i++) {
            if (queue.get(i).getId().equals(chat.getId())) {
                return i + 1;
            }
        }
        return 0;
    }

    /**
     * An agent joins the chat: the ticket becomes theirs, the visitor reads their name.
     *
     * @throws LiveChatClosedException when the chat is over or unknown
     * @throws LiveChatTakenException when another agent is in it
     */
    public LiveChat take(long id, String username) {
        LiveChat chat = openChat(id);
        if (chat.getState() == LiveChatState.ACTIVE && !username.equals(chat.getAgent())) {
            throw new LiveChatTakenException(id, chat.getAgent());
        }
        if (username.equals(chat.getAgent())) {
            return chat;
        }
        assign(chat, username, username);
        chat.join(username, clock.instant());
        note(chat, SystemNote.of(SystemNote.JOINED, "agent", nameOf(username)), nameOf(username) + " joined the chat");
        return chat;
    }

    /** The chat goes to another agent, who is in it at once. */
    public LiveChat transferToAgent(long id, String toUsername, String actor) {
        LiveChat chat = openChat(id);
        assign(chat, toUsername, actor);
        chat.join(toUsername, clock.instant());
        note(chat, SystemNote.of(SystemNote.TRANSFERRED, "agent", nameOf(toUsername)),
                "The chat was transferred to " + nameOf(toUsername));
        return chat;
    }

    /** The chat goes back to the queue of the agents with that skill; the ticket takes the category. */
    public LiveChat transferToTeam(long id, TicketCategory team, String actor) {
        LiveChat chat = openChat(id);
        tickets.change(chat.getTicketId(), new TicketChange(null, null, team, Optional.empty()), actor);
        chat.requeue();
        note(chat, SystemNote.of(SystemNote.TRANSFERRED, "team", team.name()),
                "The chat was transferred to the " + team.name() + " team");
        return chat;
    }

    /**
     * Ends the chat. Resolved, its ticket is resolved with it; otherwise the ticket stays open and is answered
     * later, where the visitor will read it.
     */
    public LiveChat close(long id, boolean resolve, String actor) {
        LiveChat chat = openChat(id);
        if (resolve) {
            tickets.change(chat.getTicketId(), new TicketChange(TicketStatus.RESOLVED, null, null, null), actor);
        }
        chat.end(resolve ? LiveChat.Outcome.RESOLVED : LiveChat.Outcome.TICKET, clock.instant());
        note(chat, SystemNote.of(SystemNote.CLOSED, "resolved", resolve), "The chat was closed");
        return chat;
    }

    /** An agent's reply reached the visitor: the chat's first response, if it is the first. */
    public void agentReplied(String visitorKey, Instant at) {
        current(visitorKey).ifPresent(chat -> chat.responded(at));
    }

    /** The live chat's figures since {@code since} (the start of the day), with the queue as it is now. */
    @Transactional(readOnly = true)
    public LiveChatFigures figures(Instant since) {
        List<LiveChat> today = chats.findByHandedOffAtGreaterThanEqual(since);
        List<LiveChat> open = open();
        Map<String, Long> perAgent = new TreeMap<>();
        today.stream().map(LiveChat::getAgent).filter(Objects::nonNull)
                .forEach(agent -> perAgent.merge(agent, 1L, Long::sum));
        return new LiveChatFigures(
                open.stream().filter(chat -> chat.getState() == LiveChatState.WAITING).count(),
                open.stream().filter(chat -> chat.getState() == LiveChatState.ACTIVE).count(),
                today.size(),
                median(today, chat -> chat.getJoinedAt() == null ? null
                        : Duration.between(chat.getHandedOffAt(), chat.getJoinedAt())),
                median(today, chat -> chat.getFirstResponseAt() == null ? null
                        : Duration.between(chat.getHandedOffAt(), chat.getFirstResponseAt())),
                perAgent);
    }

    /** How long the chats handed off since {@code since} and ended lasted from an agent joining; the median. */
    @Transactional(readOnly = true)
    public Optional<Duration> medianLength(Instant since) {
        return Optional.ofNullable(median(chats.findByHandedOffAtGreaterThanEqual(since),
                chat -> chat.getJoinedAt() == null || chat.getEndedAt() == null ? null
                        : Duration.between(chat.getJoinedAt(), chat.getEndedAt())));
    }

    private static Duration median(List<LiveChat> chats, Function<LiveChat, Duration> measure) {
        List<Duration> sorted = chats.stream().map(measure).filter(Objects::nonNull).sorted().toList();
        return sorted.isEmpty() ? null : sorted.get(sorted.size() / 2);
    }

    private LiveChat openChat(long id) {
        return chats.findById(id).filter(chat -> chat.getState() != LiveChatState.ENDED)
                .orElseThrow(() -> new LiveChatClosedException(id));
    }

    private void assign(LiveChat chat, String username, String actor) {
        tickets.change(chat.getTicketId(), new TicketChange(null, null, null, Optional.of(username)), actor);
    }

    private void note(LiveChat chat, SystemNote note, String text) {
        frames.append(chat.getVisitorKey(), FrameKind.SYSTEM, null, text, null, note.details(), null);
        signals.publish(ChatSignal.queue());
    }

    private String nameOf(String username) {
        return accounts.find(username).map(Account::getDisplayName).orElse(username);
    }
}
