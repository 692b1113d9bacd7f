package io.switchboard.router.outbox;

import io.switchboard.core.chat.Chat;
import io.switchboard.core.chat.ChatRepository;
import io.switchboard.core.gateway.ChannelGateway;
import io.switchboard.core.gateway.DeliveryException;
import io.switchboard.core.gateway.DeliveryReceipt;
import io.switchboard.core.gateway.OutboundMessage;
import io.switchboard.core.outbox.OutboxEntry;
import io.switchboard.core.outbox.OutboxRepository;
import io.switchboard.core.outbox.OutboxStatus;
import io.switchboard.core.thread.ThreadMessage;
import io.switchboard.core.thread.ThreadMessageRepository;
import io.switchboard.router.config.DeliveryProperties;
import io.switchboard.router.config.RouterProperties;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers one outbox entry: claims it, checks the chat, its age, the chat's earlier replies, the
 * channel's breaker and the send rate, sends it through the channel's gateway and records what
 * happened. The platform call runs outside any transaction; claiming and recording each run in
 * their own.
 */
@Component
class OutboxDelivery {

    private static final Logger log = LoggerFactory.getLogger(OutboxDelivery.class);
    static final String WAITING_BEHIND_EARLIER_REPLY = "waiting for an earlier reply to this chat";

    /** What prepare found: either an outcome already, or a message to send through a gateway. */
    private record Attempt(DeliveryOutcome outcome, ChannelGateway gateway, OutboundMessage message) {
    }

    private final OutboxEntries claims;
    private final OutboxRepository entries;
    private final ChatRepository chats;
    private final ThreadMessageRepository messages;
    private final Gateways gateways;
    private final SendThrottle throttle;
    private final DeliveryTally tally;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final RouterProperties properties;
    private final RetryPolicy retryPolicy;
    private final DeliveryProperties delivery;
    private final UndeliveredReplies undelivered;

    OutboxDelivery(OutboxEntries claims, OutboxRepository entries, ChatRepository chats,
            ThreadMessageRepository messages, Gateways gateways, SendThrottle throttle, RetryPolicy retryPolicy,
            DeliveryTally tally, PlatformTransactionManager transactions, Clock clock, RouterProperties properties,
            DeliveryProperties delivery, UndeliveredReplies undelivered) {
        this.claims = claims;
        this.entries = entries;
        this.chats = chats;
        this.messages = messages;
        this.gateways = gateways;
        this.throttle = throttle;
        this.tally = tally;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
        this.properties = properties;
        this.retryPolicy = retryPolicy;
        this.delivery = delivery;
        this.undelivered = undelivered;
    }

    /** Ids of the entries due now, oldest first, at most one batch. */
    List<Long> dueEntryIds() {
        return claims.dueIds(clock.instant(), PageRequest.ofSize(properties.outboxBatchSize()));
    }

    DeliveryOutcome deliver(Long entryId) {
        DeliveryOutcome outcome = attempt(entryId);
        tally.count(outcome);
        return outcome;
    }

    private DeliveryOutcome attempt(Long entryId) {
        Instant now = clock.instant();
        Integer claimed = tx.execute(status -> claims.claim(entryId, now, now.plus(properties.deliveryLease())));
        if (claimed == null || claimed == 0) {
            return DeliveryOutcome.SKIPPED;
        }
        Attempt attempt = tx.execute(status -> prepare(entryId, now));
        if (attempt.outcome() != null) {
            return attempt.outcome();
        }
        DeliveryReceipt receipt;
        try {
            receipt = attempt.gateway().send(attempt.message());
            retryPolicy.succeeded(attempt.message().channel());
        } catch (DeliveryException e) {
            return tx.execute(status -> failed(entryId, e));
        } catch (RuntimeException e) {
            // A gateway should only throw DeliveryException; anything else is retried like a transient failure.
            return tx.execute(status -> failed(entryId, DeliveryException.transientFailure(e.toString(), e)));
        }
        tx.executeWithoutResult(status -> sent(entryId, receipt));
        return DeliveryOutcome.SENT;
    }

    private Attempt prepare(Long entryId, Instant now) {
        OutboxEntry entry = entries.findById(entryId).orElseThrow();
        Optional<Chat> chat = chats.findByChannelAndChatId(entry.getChannel(), entry.getChatId());
        if (chat.isPresent() && !chat.get().isReachable()) {
            entry.cancel(Outbox.CHAT_UNREACHABLE);
            log.info("Outbox entry {} cancelled: {} chat {} is unreachable", entryId, entry.getChannel().key(),
                    entry.getChatId());
            return new Attempt(DeliveryOutcome.CANCELLED, null, null);
        }
        Optional<ChannelGateway> gateway = gateways.forChannel(entry.getChannel());
        if (gateway.isEmpty()) {
            entry.markFailed("no connector configured for " + entry.getChannel().key());
            log.warn("Outbox entry {} failed: no connector configured for {}", entryId, entry.getChannel().key());
            return new Attempt(DeliveryOutcome.FAILED, null, null);
        }
        Duration age = Duration.between(entry.queuedAt(), now);
        if (age.compareTo(delivery.staleAfter(entry.getChannel())) > 0) {
            return expired(entry, age);
        }
        Optional<Instant> behind = earlierReplyDue(entry, now);
        if (behind.isPresent()) {
            // a chat's replies go out in the order they were written
            entry.postpone(WAITING_BEHIND_EARLIER_REPLY, behind.get());
            return new Attempt(DeliveryOutcome.POSTPONED, null, null);
        }
        ChannelBreakers.Admission admission = retryPolicy.admit(entry.getChannel(), now);
        if (admission instanceof ChannelBreakers.Admission.Hold hold) {
            entry.postpone(entry.getChannel().key() + " is held back after failures: next probe at " + hold.until(),
                    hold.until());
            return new Attempt(DeliveryOutcome.POSTPONED, null, null);
        }
        Duration wait = throttle.acquire(entry.getChannel(), entry.getChatId(), isPrivate(entry), now);
        if (!wait.isZero()) {
            retryPolicy.notSent(entry.getChannel(), admission);
            entry.postpone("waiting for the send rate limit", now.plus(wait));
            log.debug("Outbox entry {} waits {} for the send rate limit", entryId, wait);
            return new Attempt(DeliveryOutcome.POSTPONED, null, null);
        }
        return new Attempt(null, gateway.get(), entry.toMessage());
    }

    /** Too old to make sense when it could finally go: not sent, and a human takes the thread. */
    private Attempt expired(OutboxEntry entry, Duration age) {
        String why = "not sent: " + worded(age) + " old, over the " + entry.getChannel().key() + " limit of "
                + worded(delivery.staleAfter(entry.getChannel()));
        entry.expire(why);
        undelivered.handOver(entry, why);
        log.warn("Outbox entry {} expired: {}", entry.getId(), why);
        return new Attempt(DeliveryOutcome.EXPIRED, null, null);
    }

    /** "95 minutes", "12 seconds": for the ticket and the console. */
    private static String worded(Duration duration) {
        return duration.toMinutes() >= 1 ? duration.toMinutes() + " minutes" : duration.toSeconds() + " seconds";
    }

    /** When an earlier reply to the same chat, still pending, is due; empty when there is none. */
    private Optional<Instant> earlierReplyDue(OutboxEntry entry, Instant now) {
        return claims.earlierPending(entry.getChannel(), entry.getChatId(), entry.getId(), PageRequest.ofSize(1))
                .stream().findFirst()
                .map(due -> due.isAfter(now) ? due : now.plus(properties.outboxPollInterval()));
    }

    private void sent(Long entryId, DeliveryReceipt receipt) {
        OutboxEntry entry = entries.findById(entryId).orElseThrow();
        entry.markSent(receipt.messageId(), clock.instant());
        replyOf(entry).ifPresent(reply -> reply.deliveredAs(receipt.messageId()));
        log.debug("Outbox entry {} sent to {} chat {} as message {}", entryId, entry.getChannel().key(),
                entry.getChatId(), receipt.messageId());
    }

    private DeliveryOutcome failed(Long entryId, DeliveryException failure) {
        OutboxEntry entry = entries.findById(entryId).orElseThrow();
        Instant now = clock.instant();
        RetryPolicy.Retry retry = retryPolicy.afterFailure(failure, entry.getAttempts(), entry.queuedAt(),
                entry.getChannel(), entry.getChatId(), isPrivate(entry), now);
        if (entry.getStatus() != OutboxStatus.PENDING) {
            // Cancelled while the send was under way: leave it as it is.
            return DeliveryOutcome.SKIPPED;
        }
        String error = failure.kind() + ": " + failure.getMessage();
        switch (retry.verdict()) {
            case WAIT_FOR_PLATFORM -> {
                entry.postpone(error, retry.at());
                log.info("Outbox entry {}: {} rate-limited us, retrying after {}", entryId, entry.getChannel().key(),
                        failure.retryAfter());
                return DeliveryOutcome.POSTPONED;
            }
            case BACK_OFF -> {
                entry.retryLater(error, retry.at());
                log.info("Outbox entry {} try {} failed ({}), next in {}", entryId, retry.failedTries(), error,
                        Duration.between(now, retry.at()));
                return DeliveryOutcome.RETRY;
            }
            case TRIED_OUT -> {
                entry.markFailed(error);
                undelivered.handOver(entry, "not sent: the platform kept failing for "
                        + Duration.between(entry.queuedAt(), now).toMinutes() + " minutes (" + error + ")");
                log.warn("Outbox entry {} failed after {} tries: {}", entryId, retry.failedTries(), error);
                return DeliveryOutcome.FAILED;
            }
            default -> {
                entry.markFailed(error);
                log.warn("Outbox entry {} refused by {}: {}", entryId, entry.getChannel().key(), error);
                return DeliveryOutcome.FAILED;
            }
        }
    }

    private Optional<ThreadMessage> replyOf(OutboxEntry entry) {
        return entry.getThreadMessageId() == null ? Optional.empty() : messages.findById(entry.getThreadMessageId());
    }

    /**
     * A reply's thread says; a message outside any thread (a status answer) goes by the chat's type.
     * Unknown chats are throttled at the stricter group rate.
     */
    private boolean isPrivate(OutboxEntry entry) {
        return replyOf(entry).map(reply -> reply.getThread().isPrivateChat())
                .orElseGet(() -> chats.findByChannelAndChatId(entry.getChannel(), entry.getChatId())
                        .map(chat -> "private".equals(chat.getType())).orElse(false));
    }
}
