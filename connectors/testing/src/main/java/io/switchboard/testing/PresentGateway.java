package io.switchboard.testing;

import io.switchboard.core.channel.Channel;
import io.switchboard.core.gateway.ChannelGateway;
import io.switchboard.core.gateway.DeliveryException;
import io.switchboard.core.gateway.DeliveryReceipt;
import io.switchboard.core.gateway.OutboundMessage;

/**
 * A channel that is there and sends nothing: for tests of code that asks whether a channel exists (the help
 * center's and the live chat's mail ask for an EMAIL gateway) where no outbox worker delivers.
 */
public final class PresentGateway {

    private PresentGateway() {
    }

    public static ChannelGateway of(Channel channel) {
        return new ChannelGateway() {
            @Override
            public Channel channel() {
                return channel;
            }

            @Override
            public DeliveryReceipt send(OutboundMessage message) {
                throw DeliveryException.transientFailure("the tests' " + channel.key() + " channel sends nothing",
                        null);
            }
        };
    }
}
