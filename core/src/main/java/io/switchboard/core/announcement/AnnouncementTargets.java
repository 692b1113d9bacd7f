package io.switchboard.core.announcement;

import io.switchboard.core.channel.Channel;
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

    private final ObjectProvider<AnnouncementChannel> channels;

    AnnouncementTargets(ObjectProvider<AnnouncementChannel> channels) {
        this.channels = channels;
    }

    /** The channel's configured targets in their configured order; empty when its connector is off. */
    public List<String> configured(Channel channel) {
        return channels.orderedStream().filter(candidate -> candidate.channel() == channel).findFirst()
                .map(AnnouncementChannel::broadcastTargets).orElse(List.of());
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
