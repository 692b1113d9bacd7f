package io.switchboard.router.intake;

import io.switchboard.core.channel.Channel;
import io.switchboard.core.chat.Chat;
import io.switchboard.core.chat.ChatRepository;
import io.switchboard.core.inbound.ChatRef;
import io.switchboard.core.inbound.InboundEvent;
import io.switchboard.core.inbound.InboundEventRepository;
import io.switchboard.core.inbound.InboundMessage;
import io.switchboard.core.inbound.InboundPort;
import io.switchboard.core.inbound.IntakeResult;
import io.switchboard.router.json.JsonCodec;
import io.switchboard.router.outbox.Outbox;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The router's side of {@link InboundPort}: stores each event once, with its chat, and wakes an intake
 * worker after the commit ({@link IntakeLanes}), so connectors are never held up by answering.
 */
@Component
class InboundIntake implements InboundPort {

    static final String UNKNOWN_CHAT_TYPE = "unknown";
    private static final int STORE_TRIES = 3;
    private static final Logger log = LoggerFactory.getLogger(InboundIntake.class);

    private final InboundEventRepository events;
    private final ChatRepository chats;
    private final Outbox outbox;
    private final IntakeSignal signal;
    private final JsonCodec json;
    private final IntakeMetrics metrics;
    private final TransactionTemplate tx;
    private final Clock clock;

    InboundIntake(InboundEventRepository events, ChatRepository chats, Outbox outbox, IntakeSignal signal,
            JsonCodec json, IntakeMetrics metrics, PlatformTransactionManager transactions, Clock clock) {
        this.events = events;
        this.chats = chats;
        this.outbox = outbox;
        this.signal = signal;
        this.json = json;
        this.metrics = metrics;
        this.tx = new TransactionTemplate(transactions);
        // Stored and committed before accept returns, even when a connector calls from a transaction of its own.
        this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    @Override
    public IntakeResult accept(InboundMessage message) {
        Objects.requireNonNull(message, "message");
        String payload = json.write(message);
        for (int tries = 1; ; tries++) {
            try {
                tx.executeWithoutResult(status -> storeOnce(message, payload));
                metrics.stored(message);
                signal.wake();
                return IntakeResult.STORED;
            } catch (DataIntegrityViolationException | ConcurrencyFailureException e) {
                // A redelivery breaks the event's unique key; two first messages of a new chat race
                // for its row: the loser finds the winner's event, or tries again.
                if (events.existsByChannelAndEventId(message.channel(), message.eventId())) {
                    return IntakeResult.DUPLICATE;
                }
                if (tries == STORE_TRIES) {
                    throw e;
                }
            }
        }
    }

    @Override
    public boolean isStored(Channel channel, String eventId) {
        return events.existsByChannelAndEventId(channel, eventId);
    }

    @Override
    public void chatReachability(Channel channel, String chatId, boolean reachable) {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(chatId, "chatId");
        Integer cancelled = tx.execute(status -> {
            Instant now = clock.instant();
            Chat chat = chats.findByChannelAndChatId(channel, chatId)
                    .orElseGet(() -> chats.save(new Chat(channel, chatId, null, UNKNOWN_CHAT_TYPE, now)));
            if (chat.isReachable() != reachable) {
                chat.setReachable(reachable, now);
            }
            return reachable ? 0 : outbox.cancelPending(channel, chatId, Outbox.CHAT_UNREACHABLE);
        });
        log.info("{} chat {} is {}{}", channel.key(), chatId, reachable ? "reachable" : "unreachable",
                cancelled > 0 ? "; " + cancelled + " waiting replies cancelled" : "");
    }

    /**
     * Stores the event with its chat. A redelivered event breaks the unique key (channel, event id) on its insert,
     * and {@link #accept} answers it as a duplicate: a select before every insert costs more than that rare exception.
     */
    private void storeOnce(InboundMessage message, String payload) {
        Instant now = clock.instant();
        ChatRef ref = message.chat();
        chats.findByChannelAndChatId(message.channel(), ref.chatId()).ifPresentOrElse(chat -> {
            if (ref.title() != null && !ref.title().equals(chat.getTitle())) {
                chat.rename(ref.title(), now);
            }
        }, () -> chats.save(new Chat(message.channel(), ref.chatId(), ref.title(), ref.type(), now)));
        events.saveAndFlush(new InboundEvent(message, payload, now));
    }
}
