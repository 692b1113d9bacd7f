package io.switchboard.router.outbox;

import io.switchboard.core.channel.Channel;
import io.switchboard.core.gateway.Choice;
import io.switchboard.core.inbound.Attachment;
import io.switchboard.router.json.JsonCodec;
import io.switchboard.core.gateway.OutboundMessage;
import io.switchboard.core.gateway.Sender;
import io.switchboard.core.gateway.TextFormat;
import io.switchboard.core.outbox.OutboxEntry;
import io.switchboard.core.outbox.OutboxRepository;
import io.switchboard.core.thread.Direction;
import io.switchboard.core.thread.SupportThread;
import io.switchboard.core.thread.ThreadMessage;
import io.switchboard.core.thread.ThreadMessageRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where replies are written before they are sent. A reply is stored as the thread's OUT message
 * and as an outbox entry in the caller's transaction, so it exists exactly when the decision
 * that produced it was committed; the delivery route sends it afterwards.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class Outbox {

    /** Why replies to a chat the bot can no longer write to are not sent. */
    public static final String CHAT_UNREACHABLE = "chat unreachable: the bot was blocked or removed";
    /** The author name of the bot's own messages in a thread. */
    private static final String BOT_AUTHOR = "bot";

    private final OutboxRepository entries;
    private final OutboxEntries pending;
    private final ThreadMessageRepository messages;
    private final JsonCodec json;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    Outbox(OutboxRepository entries, OutboxEntries pending, ThreadMessageRepository messages, JsonCodec json,
            Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.entries = entries;
        this.pending = pending;
        this.messages = messages;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Queues a reply in the thread's conversation.
     *
     * @param decisionKey unique per decision ("reply:telegram:1234"): the same decision never
     *     queues a second reply
     * @param replyToMessageId the member's message answered, or null
     */
    public OutboxEntry enqueue(String decisionKey, SupportThread thread, String replyToMessageId, String text) {
        return enqueue(decisionKey, thread, replyToMessageId, text, Sender.BOT_NOTICE);
    }

    /**
     * As {@link #enqueue(String, SupportThread, String, String)}, said by {@code sender}: the thread
     * shows the staff member as its author, or the bot.
     */
    public OutboxEntry enqueue(String decisionKey, SupportThread thread, String replyToMessageId, String text,
            Sender sender) {
        return enqueue(decisionKey, thread, replyToMessageId, text, sender, List.of());
    }

    /**
     * As {@link #enqueue(String, SupportThread, String, String, Sender)}, with buttons under the text
     * (for a channel whose gateway offers choices in the thread's conversation).
     */
    public OutboxEntry enqueue(String decisionKey, SupportThread thread, String replyToMessageId, String text,
            Sender sender, List<Choice> choices) {
        return enqueue(decisionKey, thread, replyToMessageId, text, sender, choices, List.of());
    }

    /**
     * As {@link #enqueue(String, SupportThread, String, String, Sender, List)}, with files sent along (for a
     * channel whose gateway sends attachments); the thread's message shows them as the member's do.
     */
    public OutboxEntry enqueue(String decisionKey, SupportThread thread, String replyToMessageId, String text,
            Sender sender, List<Choice> choices, List<Attachment> files) {
        Instant now = clock.instant();
        String author = sender.kind() == Sender.Kind.STAFF ? sender.username() : BOT_AUTHOR;
        ThreadMessage reply = messages.save(new ThreadMessage(thread, Direction.OUT, null, replyToMessageId, text,
                author, files.isEmpty() ? null : json.write(files), now));
        OutboundMessage message = new OutboundMessage(thread.getChannel(), thread.getChatId(),
                thread.getConversationKey(), replyToMessageId, text, TextFormat.PLAIN, sender, choices, null, files,
                null);
        return queued(entries.save(new OutboxEntry(decisionKey, message, reply.getId(), now)));
    }

    /**
     * Queues a message that belongs to no support thread: an answer that must not open one (a
     * member's {@code /status}), or a notice to the staff's own chat.
     *
     * @param decisionKey unique per decision, as for a reply
     */
    public OutboxEntry enqueue(String decisionKey, OutboundMessage message) {
        return queued(entries.save(new OutboxEntry(decisionKey, message, null, clock.instant())));
    }

    /** The senders go as soon as the entry is committed ({@link OutboxSenders#replyQueued}), not at their tick. */
    private OutboxEntry queued(OutboxEntry entry) {
        events.publishEvent(ReplyQueued.INSTANCE);
        return entry;
    }

    /** Who said the thread's latest reply (the bot's answer, its notice, an agent), if it has one. */
    public Optional<Sender.Kind> senderOfLastReply(SupportThread thread) {
        return pending.senderOfLastReply(thread, PageRequest.of(0, 1)).stream().findFirst();
    }

    /** Cancels every reply still waiting for a chat; returns how many. */
    public int cancelPending(Channel channel, String chatId, String reason) {
        return pending.cancelPending(channel, chatId, reason);
    }
}
