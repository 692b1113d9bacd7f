package io.switchboard.core.announcement;

import io.switchboard.core.channel.Channel;
import java.util.List;

/** An announcement chose a target (a Telegram chat) that its channel is not configured with. */
public class UnknownTargetException extends RuntimeException {

    private final Channel channel;
    private final String target;

    public UnknownTargetException(Channel channel, String target, List<String> configured) {
        super(target + " is not a configured announcement target of " + channel.key()
                + (configured.isEmpty() ? " (it has none)" : "; configured: " + String.join(", ", configured)));
        this.channel = channel;
        this.target = target;
    }

    public Channel channel() {
        return channel;
    }

    public String target() {
        return target;
    }
}
