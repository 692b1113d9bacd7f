package io.switchboard.core.outbox;

import io.switchboard.core.channel.Channel;
import java.time.Instant;

/**
 * Whether the outbox calls a channel's platform now, as this instance sees it.
 *
 * @param open true while the platform is held off: nothing is sent but one probe at a time
 * @param rateLimited true when the platform's own 429 opened it (it is held off until {@code until})
 * @param consecutiveFailures transient failures in a row since the platform last answered
 * @param until when the next probe may go; null while closed
 * @param lastError the failure that opened it or kept it open; null while closed
 */
public record ChannelBreakerState(Channel channel, boolean open, boolean rateLimited, int consecutiveFailures,
        Instant until, String lastError) {
}
