package io.switchboard.admin.thread;

import io.switchboard.core.channel.Channel;
import io.switchboard.core.gateway.ChannelGateway;
import io.switchboard.core.gateway.ModerationAction;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** The channels whose connector is on, and what their platforms let staff do in a conversation. */
@Component
public class ConnectedChannels {

    private final Map<Channel, ChannelGateway> gateways = new EnumMap<>(Channel.class);

    ConnectedChannels(ObjectProvider<ChannelGateway> gateways) {
        gateways.orderedStream().forEach(gateway -> this.gateways.put(gateway.channel(), gateway));
    }

    public boolean isOn(Channel channel) {
        return gateways.containsKey(channel);
    }

    /** The most a staff reply to this conversation may hold, or the console's own limit. */
    public int replyLimit(Channel channel, String conversationKey) {
        ChannelGateway gateway = gateways.get(channel);
        return ReplyText.limit(gateway == null ? Integer.MAX_VALUE : gateway.textLimit(conversationKey));
    }

    /**
     * What can be done to a message from the thread, in a stable order (hide, unhide, delete, lock);
     * none when the connector is off. Actions on the member (mute, ban...) belong to the moderation
     * queue, which knows who wrote what.
     */
    List<ModerationAction> moderationActions(Channel channel, String conversationKey) {
        ChannelGateway gateway = gateways.get(channel);
        if (gateway == null) {
            return List.of();
        }
        return gateway.moderationActions(conversationKey).stream().filter(action -> !action.onMember()).sorted().toList();
    }
}
