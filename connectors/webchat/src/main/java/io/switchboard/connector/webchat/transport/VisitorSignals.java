package io.switchboard.connector.webchat.transport;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

import io.switchboard.core.livechat.ChatSignal;
import io.switchboard.core.livechat.ChatSignals;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The connections of this instance's visitors, by visitor key, told what concerns their conversation: a new frame,
 * the agent typing or reading. One subscription to {@link ChatSignals} for all of them; a listener runs on a small
 * pool of its own, since reading frames and writing to sockets would block the signals' thread.
 */
@Component
class VisitorSignals implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(VisitorSignals.class);

    private final Map<String, Set<Consumer<ChatSignal>>> listeners = new ConcurrentHashMap<>();
    private final ExecutorService workers = Executors.newFixedThreadPool(4, runnable -> {
        Thread thread = new Thread(runnable, "chat-visitors");
        thread.setDaemon(true);
        return thread;
    });
    private final ChatSignals.Subscription subscription;

    VisitorSignals(ChatSignals signals) {
        this.subscription = signals.subscribe(this::route);
    }

    /** @return closing it stops the calls */
    ChatSignals.Subscription listen(String visitorKey, Consumer<ChatSignal> listener) {
        listeners.computeIfAbsent(visitorKey, key -> ConcurrentHashMap.newKeySet()).add(listener);
        return () -> listeners.computeIfPresent(visitorKey, (key, set) -> {
            set.remove(listener);
            return set.isEmpty() ? null : set;
        });
    }

    /** The visitor's own typing and reading are for the agent's console, not for the visitor's other tabs. */
    static boolean concernsVisitor(ChatSignal signal) {
        return signal.type() == ChatSignal.Type.FRAME || ((signal.type() == ChatSignal.Type.TYPING
                || signal.type() == ChatSignal.Type.READ) && signal.party() == ChatSignal.Party.AGENT);
    }

    private void route(ChatSignal signal) {
        if (signal.visitorKey() == null || !concernsVisitor(signal)) {
            return;
        }
        for (Consumer<ChatSignal> listener : listeners.getOrDefault(signal.visitorKey(), Set.of())) {
            workers.execute(() -> {
                try {
                    listener.accept(signal);
                } catch (RuntimeException e) {
                    log.warn("A visitor's connection failed on {}: {}", signal.type(), e.toString());
                }
            });
        }
    }

    @Override
    public void destroy() {
        subscription.close();
        workers.shutdownNow();
    }
}
