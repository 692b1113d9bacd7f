package io.switchboard.router.outbox;

import io.switchboard.core.channel.Channel;
import io.switchboard.core.gateway.ChannelGateway;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The connectors' gateways by channel. Channels whose connector is off simply have none. */
@Component
public class Gateways {

    private final Map<Channel, ChannelGateway> byChannel = new EnumMap<>(Channel.class);

    Gateways(List<ChannelGateway> gateways) {
        for (ChannelGateway gateway : gateways) {
            ChannelGateway previous = byChannel.putIfAbsent(gateway.channel(), gateway);
            if (previous != null) {
                throw new IllegalStateException("two gateways deliver to " + gateway.channel().key() + ": "
                        + previous.getClass().getName() + " and " + gateway.getClass().getName()
                        + "; keep one connector per channel");
            }
        }
    }

    public Optional<ChannelGateway> forChannel(Channel channel) {
        return Optional.ofNullable(byChannel.get(channel));
    }

    /**
     * Whether the channel takes a reply in this conversation now (see {@link ChannelGateway#canReply}).
     * A channel whose connector is off says yes: its replies wait in the outbox as before.
     */
    public boolean canReply(Channel channel, String conversationKey) {
        return forChannel(channel).map(gateway -> gateway.canReply(conversationKey)).orElse(true);
    }

    /**
     * Whether a message in this conversation can carry buttons (see {@link ChannelGateway#offersChoices}).
     * A channel whose connector is off offers none: its buttons could never be pressed.
     */
    public boolean offersChoices(Channel channel, String conversationKey) {
        return forChannel(channel).map(gateway -> gateway.offersChoices(conversationKey)).orElse(false);
    }

    /** Whether a message in this conversation can carry files (see {@link ChannelGateway#sendsAttachments}). */
    public boolean sendsAttachments(Channel channel, String conversationKey) {
        return forChannel(channel).map(gateway -> gateway.sendsAttachments(conversationKey)).orElse(false);
    }

    /**
     * Whether a member writing again after the bot's answer means it did not help (see
     * {@link ChannelGateway#followUpHandsOver}).
     */
    public boolean followUpHandsOver(Channel channel, String conversationKey) {
        return forChannel(channel).map(gateway -> gateway.followUpHandsOver(conversationKey)).orElse(false);
    }
}
