package io.switchboard.core.gateway;

import java.util.Objects;

/**
 * The platform accepted a message.
 *
 * @param messageId the platform's id for the sent message, in the same form the channel's
 *     connector uses for {@code InboundMessage.messageId}, so a member's reply to it is recognized
 * @param url where people can read it, when the gateway knows (a published announcement's forum
 *     topic); null otherwise
 */
public record DeliveryReceipt(String messageId, String url) {
    public DeliveryReceipt {
        Objects.requireNonNull(messageId, "messageId");
    }

    public DeliveryReceipt(String messageId) {
        this(messageId, null);
    }
}
