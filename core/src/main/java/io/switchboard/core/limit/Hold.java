package io.switchboard.core.limit;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.EstimationProbe;
import java.time.Duration;
import java.time.Instant;

/**
 * Keys that must wait until a given instant: a platform's {@code retry_after} for a chat, a
 * locked-out sign-in. Made by {@link RateLimits#hold}, and kept where the limits are (shared by the
 * instances of a cluster). It is a bucket of one permit that comes back every millisecond: holding
 * a key spends permits ahead, as many milliseconds as the hold lasts, so it is exact to the
 * millisecond and, like every bucket, forgotten once it is over.
 */
public final class Hold {

    private static final Duration RESOLUTION = Duration.ofMillis(1);
    private static final BucketConfiguration CONFIGURATION = BucketConfiguration.builder()
            .addLimit(Bandwidth.builder().capacity(1).refillGreedy(1, RESOLUTION).build())
            .build();

    private final RateLimits limits;
    private final String prefix;

    Hold(RateLimits limits, String prefix) {
        this.limits = limits;
        this.prefix = prefix;
    }

    /** No permit for {@code key} before {@code until}; a longer hold already there stays. */
    public void holdUntil(String key, Instant until) {
        Duration wanted = Duration.between(limits.now(), until);
        Duration more = wanted.minus(remaining(key));
        if (more.compareTo(Duration.ZERO) > 0) {
            long resolution = RESOLUTION.toNanos();
            long millis = (more.toNanos() + resolution - 1) / resolution;
            limits.bucket(prefix + key, CONFIGURATION).consumeIgnoringRateLimits(millis);
        }
    }

    /** How long {@code key} is still held; zero when it is not. */
    public Duration remaining(String key) {
        EstimationProbe probe = limits.bucket(prefix + key, CONFIGURATION).estimateAbilityToConsume(1);
        return probe.canBeConsumed() ? Duration.ZERO : Duration.ofNanos(probe.getNanosToWaitForRefill());
    }
}
