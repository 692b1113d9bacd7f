package io.switchboard.core.livechat;

import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** {@link ChatSignals} within one process: the subscribers are called in order, on one thread of their own. */
public class LocalChatSignals implements ChatSignals, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LocalChatSignals.class);

    private final CopyOnWriteArrayList<Consumer<ChatSignal>> receivers = new CopyOnWriteArrayList<>();
    private final ExecutorService caller = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "chat-signals");
        thread.setDaemon(true);
        return thread;
    });

    @Override
    public void publish(ChatSignal signal) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    tell(signal);
                }
            });
        } else {
            tell(signal);
        }
    }

    /** Hands a signal to every subscriber; also what the cluster's notifications end in on each instance. */
    public void tell(ChatSignal signal) {
        caller.execute(() -> receivers.forEach(receiver -> {
            try {
                receiver.accept(signal);
            } catch (RuntimeException e) {
                log.warn("A live-chat receiver failed on {}: {}", signal.type(), e.toString());
            }
        }));
    }

    @Override
    public Subscription subscribe(Consumer<ChatSignal> receiver) {
        receivers.add(receiver);
        return () -> receivers.remove(receiver);
    }

    @Override
    public void close() {
        caller.shutdownNow();
    }
}
