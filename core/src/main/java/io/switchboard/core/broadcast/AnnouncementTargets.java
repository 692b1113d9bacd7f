package io.switchboard.core.broadcast;

import io.switchboard.core.channel.Channel;
import io.switchboard.core.gateway.ChannelGateway;
import io.switchboard.core.knowledge.AnnouncementContent;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The announcement targets the connectors are configured with, per channel (the Telegram
 * announcement channel and groups, say): what a manager may choose from, and what an
 * announcement's chosen targets are checked against before it is stored.
 */
@Component
public class AnnouncementTargets {

    private final ObjectProvider<ChannelGateway> gateways;

    AnnouncementTargets(ObjectProvider<ChannelGateway> gateways) {
        this.gateways = gateways;
    }

    /** The channel's configured targets in their configured order; empty when its connector is off. */
    public List<String> configured(Channel channel) {
        return gateways.orderedStream().filter(gateway -> gateway.channel() == channel).findFirst()
                .map(ChannelGateway::broadcastTargets).orElse(List.of());
    }

    /** @throws UnknownTargetException when the announcement chose a target its channel is not configured with */
    public void requireConfigured(AnnouncementContent content) {
        content.targets().forEach((channel, chosen) -> {
            List<String> configured = configured(channel);
            chosen.stream().filter(target -> !configured.contains(target)).findFirst().ifPresent(unknown -> {
                throw new UnknownTargetException(channel, unknown, configured);
            });
        });
    }
}
