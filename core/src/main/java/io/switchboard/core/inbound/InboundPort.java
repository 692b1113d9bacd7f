package io.switchboard.core.inbound;

import io.switchboard.core.channel.Channel;

/**
 * Where connectors hand in what they receive. Implemented by the router.
 *
 * <p>{@link #accept} returns only once the event is durably stored, so a connector acknowledges
 * the platform (advances the Telegram offset, answers 200 to a webhook) after it returns, and not
 * before. Storage is idempotent on (channel, eventId).
 */
public interface InboundPort {

    IntakeResult accept(InboundMessage message);

    /**
     * Whether the event is stored. A connector that hands events in after a commit of its own (the
     * forum) asks this to find, and hand in again, what a crash in between kept from the pipeline.
     */
    boolean isStored(Channel channel, String eventId);

    /**
     * The bot was removed from or blocked in a chat ({@code reachable = false}), or added back:
     * while a chat is unreachable nothing is sent to it.
     */
    void chatReachability(Channel channel, String chatId, boolean reachable);
}
