package io.switchboard.router.outbox;

import io.switchboard.core.chat.Chat;
import io.switchboard.core.chat.ChatRepository;
import io.switchboard.core.gateway.ChannelGateway;
import io.switchboard.core.gateway.DeliveryException;
import io.switchboard.core.gateway.DeliveryLookup;
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
import java.time.temporal.ChronoUnit;
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
 * happened. The platform call runs outside any transaction; claiming and checking run in one before it,
 * recording in another after it.
 *
 * <p>Just before the call the entry records that a call is in flight ({@link OutboxEntry#callStarting});
 * the platform's answer clears it; a call that got none (a timeout, {@link DeliveryException#answered()}
 * false) keeps it. An entry claimed with the mark still set had a sender that died mid-call, or a
 * call that went unanswered: the platform may have the message. Its gateway is asked first
 * ({@link ChannelGateway#findDelivered}); a message the platform has is recorded as sent, not sent again.
 */
@Component
class OutboxDelivery {

    /** How soon a reply held behind an earlier one that is due already is tried again. */
    static final Duration BEHIND_DUE_REPLY = Duration.ofMillis(100);

    private static final Logger log = LoggerFactory.getLogger(OutboxDelivery.class);

    /**
     * What prepare found: either an outcome already, or a message to send through a gateway.
     *
     * @param interruptedSince when an earlier call for it started whose outcome was never recorded; null if none
     */
    private record Attempt(DeliveryOutcome outcome, ChannelGateway gateway, OutboundMessage message,
            Instant interruptedSince) {

        static Attempt done(DeliveryOutcome outcome) {
            return new Attempt(outcome, null, null, null);
        }
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

    /** The entries due now, oldest first, at most one batch. */
    List<DueEntry> dueEntries() {
        return claims.due(clock.instant(), PageRequest.ofSize(properties.outboxBatchSize()));
    }

    /** When the earliest pending entry is due; empty when none is pending. */
    Optional<Instant> nextDue() {
        return claims.nextDue();
    }

    DeliveryOutcome deliver(Long entryId) {
        DeliveryOutcome outcome = attempt(entryId);
        tally.count(outcome);
        return outcome;
    }

    private DeliveryOutcome attempt(Long entryId) {
        Instant now = clock.instant();
        // Claimed and checked in one transaction: a check that fails rolls the claim back with it.
        Attempt attempt = tx.execute(status -> claims.claim(entryId, now, now.plus(properties.deliveryLease())) == 0
                ? Attempt.done(DeliveryOutcome.SKIPPED) : prepare(entryId, now));
        if (attempt.outcome() != null) {
            return attempt.outcome();
        }
        if (attempt.interruptedSince() != null) {
            Optional<DeliveryOutcome> settled = lookUpInterrupted(entryId, attempt);
            if (settled.isPresent()) {
                return settled.get();
            }
        }
        DeliveryReceipt receipt;
        try {
            receipt = sendCounted(attempt);
            retryPolicy.succeeded(attempt.message().channel());
        } catch (DeliveryException e) {
            return tx.execute(status -> {
                if (e.answered()) {
                    entries.findById(entryId).ifPresent(OutboxEntry::callAnswered);
                }
                // else the platform may have taken it: the mark stays, the next try looks it up first
                return failed(entryId, e);
            });
        } catch (RuntimeException e) {
            // Not a platform's answer: the call stays in flight, the next try looks the message up first.
            return tx.execute(status -> failed(entryId, InterruptedCall.unexpected(e)));
        }
        tx.executeWithoutResult(status -> sent(entryId, receipt));
        return DeliveryOutcome.SENT;
    }

    /** The send, reported to the throttle once the platform answered, whatever it said. */
    private DeliveryReceipt sendCounted(Attempt attempt) throws DeliveryException {
        try {
            return attempt.gateway().send(attempt.message());
        } finally {
            throttle.answered(attempt.message().channel());
        }
    }

    /**
     * Asks the platform whether it already has a message whose earlier call was interrupted.
     *
     * @return the outcome when the lookup settled the entry (found, or the lookup failed: tried
     *     again later, with the in-flight mark kept so that nothing is sent blindly); empty when
     *     the message is to be sent
     */
    private Optional<DeliveryOutcome> lookUpInterrupted(Long entryId, Attempt attempt) {
        DeliveryLookup lookup;
        try {
            lookup = InterruptedCall.lookUp(
                    () -> attempt.gateway().findDelivered(attempt.message(), attempt.interruptedSince()),
                    "Outbox entry " + entryId);
        } catch (DeliveryException e) {
            return Optional.of(tx.execute(status -> failed(entryId, e)));
        }
        String channel = attempt.message().channel().key();
        switch (lookup.verdict()) {
            case DELIVERED -> {
                DeliveryReceipt found = lookup.receipt();
                tx.executeWithoutResult(status -> sent(entryId, found));
                log.info("Outbox entry {}: the send interrupted at {} had reached {} (message {}); not sent again",
                        entryId, attempt.interruptedSince(), channel, found.messageId());
                return Optional.of(DeliveryOutcome.SENT);
            }
            case NOT_DELIVERED -> log.info("Outbox entry {}: the send interrupted at {} never reached {}; sending it",
                    entryId, attempt.interruptedSince(), channel);
            default -> log.warn("Outbox entry {}: a send was interrupted at {} and {} cannot tell whether it arrived;"
                    + " sending again, it may arrive twice", entryId, attempt.interruptedSince(), channel);
        }
        return Optional.empty();
    }

    /** A gateway should only throw DeliveryException; anything else is retried like a transient failure. */

    private Attempt prepare(Long entryId, Instant now) {
        OutboxEntry entry = entries.findById(entryId).orElseThrow();
        Optional<Chat> chat = chats.findByChannelAndChatId(entry.getChannel(), entry.getChatId());
        if (chat.isPresent() && !chat.get().isReachable()) {
            entry.cancel(Outbox.CHAT_UNREACHABLE);
            log.info("Outbox entry {} cancelled: {} chat {} is unreachable", entryId, entry.getChannel().key(),
                    entry.getChatId());
            return Attempt.done(DeliveryOutcome.CANCELLED);
        }
        Optional<ChannelGateway> gateway = gateways.forChannel(entry.getChannel());
        if (gateway.isEmpty()) {
            entry.markFailed("no connector configured for " + entry.getChannel().key());
            log.warn("Outbox entry {} failed: no connector configured for {}", entryId, entry.getChannel().key());
            return Attempt.done(DeliveryOutcome.FAILED);
        }
        Duration age = Duration.between(entry.queuedAt(), now);
        if (age.compareTo(delivery.staleAfter(entry.getChannel())) > 0) {
            return expired(entry, age);
        }
        Optional<Instant> behind = earlierReplyDue(entry, now);
        if (behind.isPresent()) {
            // a chat's replies go out in the order they were written
            entry.holdUntil(behind.get());
            return Attempt.done(DeliveryOutcome.POSTPONED);
        }
        ChannelBreakers.Admission admission = retryPolicy.admit(entry.getChannel(), now);
        if (admission instanceof ChannelBreakers.Admission.Hold hold) {
            entry.holdUntil(hold.until());
            return Attempt.done(DeliveryOutcome.POSTPONED);
        }
        Duration wait = throttle.acquire(entry.getChannel(), entry.getChatId(), isPrivate(entry));
        if (!wait.isZero()) {
            retryPolicy.notSent(entry.getChannel(), admission);
            entry.holdUntil(now.plus(wait));
            log.debug("Outbox entry {} waits {} for the send rate limit", entryId, wait);
            return Attempt.done(DeliveryOutcome.POSTPONED);
        }
        Instant interrupted = entry.callStarting(now).orElse(null);
        return new Attempt(null, gateway.get(), entry.toMessage(), interrupted);
    }

    /** Too old to make sense when it could finally go: not sent, and a human takes the thread. */
    private Attempt expired(OutboxEntry entry, Duration age) {
        // durations in ISO-8601 to the second: the API shows this as it is, the console words it
        String why = "not sent: " + age.truncatedTo(ChronoUnit.SECONDS) + " old, over the "
                + entry.getChannel().key() + " limit of " + delivery.staleAfter(entry.getChannel());
        entry.expire(why);
        undelivered.handOver(entry, why);
        log.warn("Outbox entry {} expired: {}", entry.getId(), why);
        return Attempt.done(DeliveryOutcome.EXPIRED);
    }

    /**
     * When an earlier reply to the same chat, still pending, is due; empty when there is none. One that is due
     * already goes first in the senders' next pass, which this one then follows a moment later: not a poll
     * interval later, which may be long when the senders are woken by commits.
     */
    private Optional<Instant> earlierReplyDue(OutboxEntry entry, Instant now) {
        return claims.earlierPending(entry.getChannel(), entry.getChatId(), entry.getId(), PageRequest.ofSize(1))
                .stream().findFirst()
                .map(due -> due.isAfter(now) ? due : now.plus(BEHIND_DUE_REPLY));
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
                entry.getChannel(), entry.getChatId(), now);
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
