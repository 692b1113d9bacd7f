package io.switchboard.admin.livechat;

import com.fasterxml.jackson.databind.JsonNode;
import io.switchboard.admin.attachment.ReplyFiles;
import io.switchboard.admin.thread.ArticleReplies;
import io.switchboard.admin.thread.ConnectedChannels;
import io.switchboard.admin.thread.ReplyText;
import io.switchboard.admin.web.ConsoleMessages;
import io.switchboard.core.account.Account;
import io.switchboard.core.account.Accounts;
import io.switchboard.core.attachment.AttachmentRefusedException;
import io.switchboard.core.attachment.UploadedFile;
import io.switchboard.core.livechat.ChatFrame;
import io.switchboard.core.livechat.ChatFrames;
import io.switchboard.core.livechat.ChatSignal;
import io.switchboard.core.livechat.ChatSignals;
import io.switchboard.core.livechat.ChatVisitor;
import io.switchboard.core.livechat.ChatVisitors;
import io.switchboard.core.livechat.FrameKind;
import io.switchboard.core.livechat.LiveChat;
import io.switchboard.core.livechat.LiveChatClosedException;
import io.switchboard.core.livechat.LiveChatState;
import io.switchboard.core.livechat.LiveChatTakenException;
import io.switchboard.core.livechat.LiveChats;
import io.switchboard.core.thread.SupportThread;
import io.switchboard.core.thread.SupportThreadRepository;
import io.switchboard.core.ticket.Ticket;
import io.switchboard.core.ticket.TicketCategory;
import io.switchboard.core.ticket.TicketRepository;
import io.switchboard.web.error.InvalidFieldException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * The agents' side of the live chat, for the staff API and the console's page alike: the queue, one chat with its
 * whole conversation, and what an agent does in it. Joining, transferring and closing are {@link LiveChats}' (which
 * change the ticket, audited, and tell both sides); replies go out as any staff reply ({@link ArticleReplies}).
 */
@Service
@Transactional
public class LiveChatDesk {

    /** The conversation an agent opens: enough for a long chat with the bot's part before it. */
    static final int FRAMES = 200;
    /** The member's other threads and tickets beside the chat. */
    private static final int OTHERS = 10;

    private final LiveChats chats;
    private final ChatFrames frames;
    private final ChatVisitors visitors;
    private final ChatSignals signals;
    private final TicketRepository tickets;
    private final SupportThreadRepository threads;
    private final Accounts accounts;
    private final ArticleReplies replies;
    private final ConnectedChannels channels;
    private final ReplyFiles files;
    private final ConsoleMessages messages;
    private final Clock clock;

    LiveChatDesk(LiveChats chats, ChatFrames frames, ChatVisitors visitors, ChatSignals signals,
            TicketRepository tickets, SupportThreadRepository threads, Accounts accounts, ArticleReplies replies,
            ConnectedChannels channels, ReplyFiles files, ConsoleMessages messages, Clock clock) {
        this.chats = chats;
        this.frames = frames;
        this.visitors = visitors;
        this.signals = signals;
        this.tickets = tickets;
        this.threads = threads;
        this.accounts = accounts;
        this.replies = replies;
        this.channels = channels;
        this.files = files;
        this.messages = messages;
        this.clock = clock;
    }

    /** The chats waiting or under way: waiting first (VIPs first, then who asked first), then the active ones. */
    @Transactional(readOnly = true)
    public List<LiveChatRow> open() {
        List<LiveChat> open = chats.open();
        return java.util.stream.Stream.concat(
                open.stream().filter(chat -> chat.getState() == LiveChatState.WAITING),
                open.stream().filter(chat -> chat.getState() == LiveChatState.ACTIVE)).map(this::row).toList();
    }

    /** How many visitors wait for an agent now: the console's nav badge. */
    @Transactional(readOnly = true)
    public int waiting() {
        return chats.waiting().size();
    }

    /**
     * @param after only the frames after this seq (what the page has not shown yet); null for the latest
     */
    @Transactional(readOnly = true)
    public LiveChatDetail detail(long id, Long after) {
        LiveChat chat = known(id);
        List<ChatFrame> lines = after == null ? frames.latest(chat.getVisitorKey(), FRAMES)
                : frames.after(chat.getVisitorKey(), after, FRAMES);
        Ticket ticket = ticketOf(chat);
        SupportThread thread = ticket.getThread();
        List<LiveChatDetail.OtherThread> others = thread == null ? List.of() : threads.findAll(
                (root, query, where) -> where.and(where.equal(root.get("member"), thread.getMember()),
                        where.notEqual(root.get("id"), thread.getId())),
                PageRequest.of(0, OTHERS, Sort.by(Sort.Direction.DESC, "lastActivityAt"))).stream()
                .map(other -> new LiveChatDetail.OtherThread(other.getId(), other.getChannel().key(),
                        other.getStatus().name(), other.getLastActivityAt()))
                .toList();
        List<LiveChatDetail.OtherTicket> theirTickets = thread == null ? List.of()
                : tickets.findTop10ByThreadMemberOrderByIdDesc(thread.getMember()).stream()
                .filter(other -> !other.getId().equals(ticket.getId()))
                .map(other -> new LiveChatDetail.OtherTicket(other.getNumber(), other.getSubject(),
                        other.getStatus().name(), other.getAssignee()))
                .toList();
        String email = visitors.find(chat.getVisitorKey()).map(ChatVisitor::email).orElse(null);
        return new LiveChatDetail(row(chat), email, lines.stream().map(this::frame).toList(), others, theirTickets);
    }

    public LiveChatRow take(long id, String staff) {
        return row(chats.take(known(id).getId(), staff));
    }

    public LiveChatRow transferToAgent(long id, String toUsername, String staff) {
        if (accounts.findStaff(toUsername).isEmpty()) {
            throw new InvalidFieldException("agent", "is no staff account: '" + toUsername + "'");
        }
        return row(chats.transferToAgent(known(id).getId(), toUsername, staff));
    }

    public LiveChatRow transferToTeam(long id, TicketCategory team, String staff) {
        return row(chats.transferToTeam(known(id).getId(), team, staff));
    }

    public LiveChatRow close(long id, boolean resolve, String staff) {
        return row(chats.close(known(id).getId(), resolve, staff));
    }

    /** The visitor sees "Alice is typing" (or no longer). */
    @Transactional(readOnly = true)
    public void typing(long id, String staff, boolean on) {
        signals.publish(ChatSignal.typing(known(id).getVisitorKey(), ChatSignal.Party.AGENT, nameOf(staff), on));
    }

    /** The visitor sees their messages up to {@code upTo} read. */
    @Transactional(readOnly = true)
    public void read(long id, String staff, long upTo) {
        signals.publish(ChatSignal.read(known(id).getVisitorKey(), ChatSignal.Party.AGENT, nameOf(staff), upTo));
    }

    /**
     * Queues the agent's reply on the chat's thread; the gateway makes it an AGENT frame (and joins a waiting chat
     * for the agent). A chat another agent is in is theirs to answer.
     *
     * @param articleKey the knowledge-base article the reply started from, or null
     * @return the outbox entry's id
     */
    public long reply(long id, String staff, String text, String articleKey, List<UploadedFile> uploads) {
        LiveChat chat = openChat(id);
        if (chat.getState() == LiveChatState.ACTIVE && !staff.equals(chat.getAgent())) {
            throw new LiveChatTakenException(id, chat.getAgent());
        }
        SupportThread thread = Optional.ofNullable(ticketOf(chat).getThread())
                .orElseThrow(() -> new LiveChatClosedException(id));
        String reply = ReplyText.strip(text);
        int limit = channels.replyLimit(thread.getChannel(), thread.getConversationKey());
        if (!ReplyText.fits(reply, limit)) {
            throw new InvalidFieldException("text", "must hold 1 to " + limit + " characters");
        }
        String article = articleKey == null || articleKey.isBlank() || !replies.isArticle(articleKey.strip()) ? null
                : articleKey.strip();
        if (!replies.available()) {
            throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE, "replies need the support pipeline");
        }
        if (!uploads.isEmpty() && !files.sendable(thread.getChannel(), thread.getConversationKey())) {
            throw new InvalidFieldException("files", "the live chat cannot carry files now");
        }
        try {
            return replies.send(thread.getId(), staff, reply, article, uploads);
        } catch (AttachmentRefusedException refused) {
            throw new InvalidFieldException("files", refused.getMessage());
        }
    }

    private LiveChat known(long id) {
        return chats.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no live chat " + id));
    }

    private LiveChat openChat(long id) {
        LiveChat chat = known(id);
        if (chat.getState() == LiveChatState.ENDED) {
            throw new LiveChatClosedException(id);
        }
        return chat;
    }

    private Ticket ticketOf(LiveChat chat) {
        return tickets.findById(chat.getTicketId()).orElseThrow(() -> new LiveChatClosedException(chat.getId()));
    }

    private LiveChatRow row(LiveChat chat) {
        Instant now = clock.instant();
        Instant joined = chat.getJoinedAt() == null ? now : chat.getJoinedAt();
        Optional<Ticket> ticket = tickets.findById(chat.getTicketId());
        Optional<ChatVisitor> visitor = visitors.find(chat.getVisitorKey());
        String name = visitor.map(ChatVisitor::displayName)
                .or(() -> ticket.map(Ticket::getThread).map(thread -> thread.getMember().getDisplayName()))
                .orElse(null);
        return new LiveChatRow(chat.getId(), chat.getVisitorKey(), name, chat.getLanguage(), chat.isVip(),
                chat.getState(), chat.getHandedOffAt(), Duration.between(chat.getHandedOffAt(), joined).toSeconds(),
                chat.getAgent(), ticket.map(Ticket::getAssignee).orElse(null),
                ticket.map(Ticket::getNumber).orElse(null),
                ticket.map(Ticket::getThread).map(SupportThread::getId).orElse(null));
    }

    private LiveChatFrame frame(ChatFrame frame) {
        JsonNode details = frame.details() == null || frame.details().isBlank() ? null : frame.detailsJson();
        String text = frame.kind() == FrameKind.SYSTEM && details != null && details.hasNonNull("code")
                ? SystemWording.of(details.get("code").asText(), details.path("args"), messages, frame.text())
                : frame.text();
        return new LiveChatFrame(frame.seq(), frame.kind(), frame.author(), text, frame.createdAt(), details);
    }

    private String nameOf(String username) {
        return accounts.find(username).map(Account::getDisplayName).orElse(username);
    }
}
