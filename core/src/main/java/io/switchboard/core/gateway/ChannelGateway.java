package io.switchboard.core.gateway;

import io.switchboard.core.channel.Channel;
import java.util.Set;

/**
 * How the router reaches a platform. One implementation per channel, provided by its connector;
 * the router finds them as Spring beans and never imports a connector.
 */
public interface ChannelGateway {

    Channel channel();

    /**
     * Sends one message, synchronously.
     *
     * @throws DeliveryException when the platform did not take it; its kind says whether and when
     *     to try again
     */
    DeliveryReceipt send(OutboundMessage message);

    /**
     * Whether the platform takes a reply in this conversation now. Messenger, for one, lets a page
     * answer with a standard message only within 24 hours of the person's last message; when this
     * says no, the router opens a ticket instead of queueing a reply that could never be sent.
     *
     * @param conversationKey the conversation as the connector keyed it
     */
    default boolean canReply(String conversationKey) {
        return true;
    }

    /** The moderation actions the platform allows on messages of this conversation; none by default. */
    default Set<ModerationAction> moderationActions(String conversationKey) {
        return Set.of();
    }

    /**
     * Carries out a moderation action, synchronously.
     *
     * @throws DeliveryException when the platform refused or could not be reached, with the same
     *     kinds as {@link #send}; permanent for an action {@link #moderationActions} does not list
     */
    default void moderate(ModerationRequest request) {
        throw DeliveryException.permanent(channel().key() + " cannot " + request.action().key() + " messages of "
                + request.conversationKey(), null);
    }
}
