package io.switchboard.router.outbox;

import io.switchboard.router.config.RouterProperties;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.camel.CamelContext;
import org.apache.camel.ServiceStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Passes over the outbox's due replies: each pass shares them out by chat among {@code outbox-senders} threads, so
 * different chats are sent to at once while one chat's replies go one after the other, in order. A pass runs at
 * the route's tick, as soon as a reply is queued (once its transaction has committed), and when the earliest
 * reply held back (by the send rate, a retry-after, a backoff) comes due before the next tick. One pass runs at a
 * time in this instance; across instances the entries' claims keep a reply from being sent twice.
 */
@Component
class OutboxSenders {

    private static final Logger log = LoggerFactory.getLogger(OutboxSenders.class);
    /** The soonest a pass follows one that left replies due: a reply that cannot move on never spins a core. */
    private static final Duration SOONEST_AGAIN = Duration.ofMillis(10);

    private final OutboxDelivery delivery;
    private final DeliveryTally tally;
    private final Clock clock;
    private final Duration pollInterval;
    private final ObjectProvider<CamelContext> camel;
    private final ExecutorService senders;
    /** Runs the passes asked for between ticks. */
    private final ScheduledExecutorService wakeups;
    private final AtomicBoolean passing = new AtomicBoolean();
    private final AtomicBoolean asked = new AtomicBoolean();

    OutboxSenders(OutboxDelivery delivery, DeliveryTally tally, Clock clock, RouterProperties properties,
            ObjectProvider<CamelContext> camel) {
        this.delivery = delivery;
        this.tally = tally;
        this.clock = clock;
        this.pollInterval = properties.outboxPollInterval();
        this.camel = camel;
        this.senders = Executors.newFixedThreadPool(properties.outboxSenders(), named("outbox-sender"));
        this.wakeups = Executors.newSingleThreadScheduledExecutor(named("outbox-wakeup"));
    }

    /**
     * Runs a pass; returns at once when one is under way in another thread, which then has another run after it.
     * The caller's thread runs one pass at most: the route's tick never turns into a loop.
     */
    void run() {
        asked.set(true);
        if (!passing.compareAndSet(false, true)) {
            return;
        }
        try {
            asked.set(false);
            pass();
        } finally {
            passing.set(false);
        }
        if (asked.get()) {
            wakeIn(Duration.ZERO);
        }
    }

    /** A reply was queued and its transaction committed: a pass now, not at the next tick. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void replyQueued(ReplyQueued queued) {
        wakeIn(Duration.ZERO);
    }

    private void pass() {
        Map<String, List<Long>> byChat = new LinkedHashMap<>();
        for (DueEntry entry : delivery.dueEntries()) {
            byChat.computeIfAbsent(entry.chat(), chat -> new ArrayList<>()).add(entry.id());
        }
        List<Future<?>> sends = new ArrayList<>();
        byChat.values().forEach(ids -> sends.add(senders.submit(() -> deliverInOrder(ids))));
        for (Future<?> send : sends) {
            awaitQuietly(send);
        }
        tally.report();
        // also after a pass that found nothing: a wake-up may come a moment before the reply it was for is due
        delivery.nextDue().map(due -> Duration.between(clock.instant(), due))
                .filter(wait -> wait.compareTo(pollInterval) < 0)
                .ifPresent(wait -> wakeIn(wait.compareTo(SOONEST_AGAIN) < 0 ? SOONEST_AGAIN : wait));
    }

    /** A chat's replies, oldest first: one that has to wait holds back the ones after it ({@link OutboxDelivery}). */
    private void deliverInOrder(List<Long> ids) {
        ids.forEach(delivery::deliver);
    }

    /** A pass between ticks, as long as the delivery route runs (not before it starts, nor once it stops). */
    private void wakeIn(Duration wait) {
        if (wakeups.isShutdown()) {
            return;
        }
        wakeups.schedule(() -> {
            try {
                if (routeStarted()) {
                    run();
                }
            } catch (RuntimeException e) {
                // the next tick tries again; the route's error handling logs the tick's own failures
                log.warn("Outbox pass between ticks failed: {}", e.toString());
            }
        }, wait.toNanos(), TimeUnit.NANOSECONDS);
    }

    private boolean routeStarted() {
        CamelContext context = camel.getIfAvailable();
        return context != null
                && context.getRouteController().getRouteStatus(OutboxDeliveryRoute.ROUTE_ID) == ServiceStatus.Started;
    }

    private static void awaitQuietly(Future<?> send) {
        try {
            send.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | CancellationException e) {
            // OutboxDelivery records each entry's failure itself; this is a bug or a stop
            log.warn("Outbox sender failed: {}", e.toString());
        }
    }

    private static ThreadFactory named(String name) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    @PreDestroy
    void stop() {
        wakeups.shutdownNow();
        senders.shutdown();
    }
}
