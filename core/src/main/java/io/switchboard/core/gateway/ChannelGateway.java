package io.switchboard.core.gateway;

import io.switchboard.core.channel.Channel;

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
}
