package io.switchboard.core.livechat;

import java.util.function.Consumer;

/**
 * Tells every instance's live-chat connections what just happened in a chat, so that a visitor connected to one
 * instance and the agent to another see each other at once. In one process the signals go from publisher to
 * subscribers in memory; in the cluster profile through the database's notifications. A signal published in a
 * transaction is told once it commits, and not when it rolls back: a receiver finds what it tells of stored.
 */
public interface ChatSignals {

    void publish(ChatSignal signal);

    /**
     * @param receiver called on a thread of the signals' own, for every signal of every conversation; it must not
     *     block
     * @return closing it stops the calls
     */
    Subscription subscribe(Consumer<ChatSignal> receiver);

    /** A receiver's registration. */
    interface Subscription extends AutoCloseable {
        @Override
        void close();
    }
}
