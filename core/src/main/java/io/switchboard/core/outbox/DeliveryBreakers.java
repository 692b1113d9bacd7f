package io.switchboard.core.outbox;

import java.util.List;

/** The outbox's circuit breakers, one per channel, for health, metrics and the console. */
public interface DeliveryBreakers {

    /** Every channel's breaker, in {@link io.switchboard.core.channel.Channel} order. */
    List<ChannelBreakerState> states();
}
