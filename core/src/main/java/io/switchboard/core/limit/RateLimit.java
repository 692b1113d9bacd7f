package io.switchboard.core.limit;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.EstimationProbe;
import java.time.Duration;

/**
 * One named limit: a token bucket per key (a chat, a member, a client address), all following one
 * {@link LimitRule}. Made by {@link RateLimits#limit}. A refused call takes nothing: the caller
 * waits and asks again, nothing is dropped here.
 */
public final class RateLimit {

    private final RateLimits limits;
    private final String prefix;
    private final LimitRule rule;
    private final BucketConfiguration configuration;

    RateLimit(RateLimits limits, String prefix, LimitRule rule) {
        this.limits = limits;
        this.prefix = prefix;
        this.rule = rule;
        this.configuration = BucketConfiguration.builder().addLimit(bandwidth(rule)).build();
    }

    private static Bandwidth bandwidth(LimitRule rule) {
        var capacity = Bandwidth.builder().capacity(rule.burst());
        return switch (rule.refill()) {
            case GRADUALLY -> capacity.refillGreedy(rule.permits(), rule.per()).build();
            case AT_WINDOW_END -> capacity.refillIntervally(rule.permits(), rule.per()).build();
        };
    }

    /**
     * Takes a permit for {@code key} if one is free.
     *
     * @return zero when the permit was taken; otherwise how long until one is free (nothing taken)
     */
    public Duration tryTake(String key) {
        ConsumptionProbe probe = bucket(key).tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Duration.ZERO : Duration.ofNanos(probe.getNanosToWaitForRefill());
    }

    /** How long until a permit is free for {@code key}; zero when one is free now. Takes nothing. */
    public Duration waitFor(String key) {
        EstimationProbe probe = bucket(key).estimateAbilityToConsume(1);
        return probe.canBeConsumed() ? Duration.ZERO : Duration.ofNanos(probe.getNanosToWaitForRefill());
    }

    /**
     * Counts one use of {@code key} whether or not a permit was free (an event that already
     * happened, such as a request already decided on, or a wrong password): it may leave the bucket
     * in debt, which later permits pay back.
     */
    public void take(String key) {
        bucket(key).consumeIgnoringRateLimits(1);
    }

    /**
     * How many permits {@code key} has free now; negative when {@link #take} counted past them (a
     * count of events, such as wrong passwords beyond a threshold).
     */
    public long available(String key) {
        return bucket(key).getAvailableTokens();
    }

    /** Returns a permit {@link #tryTake} gave that was not used after all (another limit said no). */
    public void giveBack(String key) {
        bucket(key).addTokens(1);
    }

    /** Forgets what {@code key} used: its whole burst is free again. */
    public void reset(String key) {
        bucket(key).reset();
    }

    public LimitRule rule() {
        return rule;
    }

    private Bucket bucket(String key) {
        return limits.bucket(prefix + key, configuration);
    }
}
