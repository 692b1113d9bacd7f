package io.switchboard.core.limit;

import com.zaxxer.hikari.HikariDataSource;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Buckets as rows of {@code rate_limit_bucket} (Flyway V26), read and written under
 * {@code select ... for update}, so that instances sharing the database share every limit. Rows of
 * buckets that are full again are deleted now and then, by whichever call comes along after a minute.
 */
final class PostgresBucketStore implements BucketStore {

    private static final Logger log = LoggerFactory.getLogger(PostgresBucketStore.class);
    private static final Duration SWEEP_EVERY = Duration.ofMinutes(1);
    private static final int SWEEP_BATCH = 1_000;

    private final PostgreSQLSelectForUpdateBasedProxyManager<String> proxies;
    private final HikariDataSource connections;
    private final AtomicLong nextSweepNanos = new AtomicLong(System.nanoTime());

    /**
     * @param connections a pool of the store's own: a limit is often checked inside a transaction
     *     that already holds one of the application's connections, and Bucket4j commits its own, so
     *     taking a second from the same pool could wait forever once every connection is held that way
     */
    PostgresBucketStore(HikariDataSource connections, Clock clock) {
        this.connections = connections;
        this.proxies = proxies(connections, clock);
    }

    private static PostgreSQLSelectForUpdateBasedProxyManager<String> proxies(DataSource dataSource, Clock clock) {
        return Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("rate_limit_bucket")
                .idColumn("id")
                .stateColumn("state")
                .expiresAtColumn("expires_at")
                .expirationAfterWrite(RateLimits.forgetWhenFull())
                .clientClock(new ClockTimeMeter(clock))
                .build();
    }

    @Override
    public ProxyManager<String> proxies() {
        return proxies;
    }

    @Override
    public void used() {
        long due = nextSweepNanos.get();
        long now = System.nanoTime();
        if (now - due < 0 || !nextSweepNanos.compareAndSet(due, now + SWEEP_EVERY.toNanos())) {
            return;
        }
        try {
            int removed = proxies.removeExpired(SWEEP_BATCH);
            log.debug("Deleted {} rate-limit buckets that were full again", removed);
        } catch (RuntimeException e) {
            // the limits work without it; the rows wait for the next sweep
            log.warn("Could not delete expired rate-limit buckets: {}", e.getMessage());
        }
    }

    @Override
    public void close() {
        connections.close();
    }
}
