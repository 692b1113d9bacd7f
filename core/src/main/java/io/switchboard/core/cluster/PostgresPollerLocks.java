package io.switchboard.core.cluster;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Poller leadership through PostgreSQL session-level advisory locks: the instance whose database
 * session holds a poller's lock runs it. The lock goes with the session, so a crashed or
 * partitioned holder loses it as soon as PostgreSQL drops its connection, and another instance
 * takes the poller over at its next check. One connection is kept for this; when it breaks, this
 * instance stops polling until it has a session and the lock again.
 */
final class PostgresPollerLocks implements PollerLeadership, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(PostgresPollerLocks.class);
    private static final String LOCK_PREFIX = "switchboard-poller:";
    private static final int VALIDATION_TIMEOUT_SECONDS = 2;

    private final DataSource dataSource;
    private final Set<String> held = new HashSet<>();
    private final Set<String> standingBy = new HashSet<>();
    private Connection session;

    PostgresPollerLocks(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public synchronized boolean mayPoll(String poller) {
        try {
            if (session == null || !session.isValid(VALIDATION_TIMEOUT_SECONDS)) {
                openSession();
            }
            if (held.contains(poller)) {
                return true;
            }
            if (tryLock(poller)) {
                held.add(poller);
                standingBy.remove(poller);
                log.info("This instance now runs the {} poller", poller);
                return true;
            }
            if (standingBy.add(poller)) {
                log.info("Another instance runs the {} poller; this one stands by", poller);
            }
            return false;
        } catch (SQLException e) {
            log.warn("Cannot check the {} poller's lock ({}); not polling until the database answers", poller,
                    e.getMessage());
            closeSession();
            return false;
        }
    }

    private void openSession() throws SQLException {
        if (!held.isEmpty()) {
            log.warn("The database session holding the {} poller lock(s) was lost; taking them again", held);
        }
        closeSession();
        session = dataSource.getConnection();
        session.setAutoCommit(true);
    }

    private boolean tryLock(String poller) throws SQLException {
        try (PreparedStatement statement = session.prepareStatement("select pg_try_advisory_lock(hashtext(?))")) {
            statement.setString(1, LOCK_PREFIX + poller);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }

    /** Releases every lock: a pooled connection outlives close(), and its session would keep them. */
    private void closeSession() {
        held.clear();
        if (session == null) {
            return;
        }
        try (Connection closing = session) {
            if (closing.isValid(VALIDATION_TIMEOUT_SECONDS)) {
                closing.createStatement().execute("select pg_advisory_unlock_all()");
            }
        } catch (SQLException e) {
            log.debug("Closing the poller lock session failed: {}", e.getMessage());
        }
        session = null;
    }

    @Override
    public synchronized void close() {
        closeSession();
    }
}
