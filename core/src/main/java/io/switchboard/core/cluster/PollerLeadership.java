package io.switchboard.core.cluster;

/**
 * Which instance runs a poller. Two instances polling one platform break it (Telegram answers the
 * second getUpdates with 409 Conflict; two X pollers would hand in every mention twice), so each
 * poller asks before every cycle and skips the cycle when another instance holds the poller: a
 * poller's Camel route asks through its {@link PollerLeadershipPolicy}. Webhooks, intake and outbox delivery need no leader: they are safe on every instance.
 */
@FunctionalInterface
public interface PollerLeadership {

    /** One process: it runs every poller. */
    PollerLeadership SINGLE_INSTANCE = poller -> true;

    /**
     * Whether this instance may run {@code poller} now. Cheap enough to ask before each poll; a
     * holder keeps its poller until it stops or loses its database session.
     */
    boolean mayPoll(String poller);
}
