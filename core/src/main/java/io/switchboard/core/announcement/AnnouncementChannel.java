package io.switchboard.core.announcement;

import io.switchboard.core.channel.Channel;
import java.util.List;

/**
 * A channel's connector as announcements see it: where it posts them. Every
 * {@code ChannelGateway} is one, so announcements find their configured targets without importing
 * the gateway port, which imports them (a gateway posts a {@code Broadcast} of announcement texts).
 */
public interface AnnouncementChannel {

    Channel channel();

    /**
     * Where announcements go on this platform, as the gateway's broadcast calls name them: the
     * Telegram announcement channel and groups, the X account, the Facebook page, the forum
     * board. Empty (the default): the channel takes no announcements.
     */
    default List<String> broadcastTargets() {
        return List.of();
    }
}
