package io.switchboard.core.thread;

/** Life of a support thread. OPEN, ANSWERED and ESCALATED threads accept new messages. */
public enum ThreadStatus {
    OPEN,
    ANSWERED,
    ESCALATED,
    CLOSED;

    public boolean isActive() {
        return this != CLOSED;
    }
}
