package io.switchboard.core.limit;

import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.caffeine.Bucket4jCaffeine;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The application's rate limits: named {@link RateLimit}s and {@link Hold}s, each a family of
 * Bucket4j token buckets by key. By default the buckets live in this process's memory (a Caffeine
 * cache); in the cluster profile ({@code switchboard.cluster.rate-limits=postgres}) they are rows
 * in PostgreSQL, so every instance takes its permits from the same buckets and a limit holds for the
 * cluster as a whole. Time is the application's {@link Clock}.
 *
 * <p>A bucket's id is the limit's name, its rule and the key: a rule changed in configuration
 * starts new buckets instead of inheriting old ones. A bucket is forgotten once it is full again, so
 * memory (or the table) holds only the keys used recently.
 */
public final class RateLimits implements AutoCloseable {

    /** Enough for every chat, member and address active within the longest window. */
    private static final long MAXIMUM_BUCKETS_IN_MEMORY = 200_000;

    private final BucketStore store;
    private final Clock clock;

    RateLimits(BucketStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Limits kept in this process's memory: one instance, or a test. */
    public static RateLimits inMemory(Clock clock) {
        var proxies = Bucket4jCaffeine.<String>builderFor(Caffeine.newBuilder().maximumSize(MAXIMUM_BUCKETS_IN_MEMORY))
                .clientClock(new ClockTimeMeter(clock))
                .expirationAfterWrite(forgetWhenFull())
                .build();
        return new RateLimits(() -> proxies, clock);
    }

    /** A bucket is worth keeping only while it is short of permits: a full one is the same as none. */
    static ExpirationAfterWriteStrategy forgetWhenFull() {
        return ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ZERO);
    }

    /**
     * A limit named {@code name} (by feature: {@code outbox.channel}, {@code forum.posts}), with a
     * bucket of its own for each key.
     */
    public RateLimit limit(String name, LimitRule rule) {
        return new RateLimit(this, name + "[" + rule + "]:", rule);
    }

    /** A hold named {@code name}: keys that must wait until an instant someone else gave. */
    public Hold hold(String name) {
        return new Hold(this, name + "[hold]:");
    }

    Bucket bucket(String id, BucketConfiguration configuration) {
        store.used();
        return store.proxies().builder().build(id, () -> configuration);
    }

    Instant now() {
        return clock.instant();
    }

    @Override
    public void close() {
        store.close();
    }
}
