package io.switchboard.core.livechat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.switchboard.core.retry.Backoff;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.PreparedStatementCallback;

/**
 * {@link ChatSignals} between instances through PostgreSQL's {@code NOTIFY}/{@code LISTEN} (the cluster profile),
 * so that a visitor connected to one instance and the agent to another see each other at once, without sticky
 * sessions and without reading the database in a loop.
 *
 * <p>Publishing is a {@code pg_notify} on the caller's own connection: inside a transaction PostgreSQL delivers it
 * when that transaction commits and drops it when it rolls back, which is the port's promise, with no
 * synchronization of ours; outside one it goes at once. Every instance, this one included, receives it on one
 * connection of its own that does nothing but {@code LISTEN}: a thread waits on that connection's socket for
 * notifications and hands each to the local subscribers ({@link LocalChatSignals}).
 *
 * <p>The payload is the signal as JSON, well under PostgreSQL's 8000-byte limit: a signal carries no content, only
 * a visitor key (at most 140 characters) and an agent's name (at most 200).
 *
 * <p>While the listening connection is down, signals of other instances are missed (PostgreSQL keeps none for a
 * listener that is not there); the thread connects again with backoff and then tells the local subscribers a
 * {@link ChatSignal.Type#QUEUE} signal, so that consoles read the chats again.
 */
public final class PostgresChatSignals implements ChatSignals, AutoCloseable {

    /** The notification channel; notifications are per database, so deployments on other databases never mix. */
    static final String CHANNEL = "switchboard_chat";

    private static final Logger log = LoggerFactory.getLogger(PostgresChatSignals.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** How long one wait on the socket lasts before the thread checks whether it should stop. */
    private static final int WAIT_MILLIS = 500;
    private static final Duration STOP_WAIT = Duration.ofSeconds(5);

    private final JdbcTemplate publishing;
    private final DataSource listening;
    private final LocalChatSignals local;
    private final Backoff backoff;
    private final Thread listener;
    private volatile boolean running = true;
    private volatile boolean connected;

    private PostgresChatSignals(JdbcTemplate publishing, DataSource listening, LocalChatSignals local,
            Backoff backoff) {
        this.publishing = publishing;
        this.listening = listening;
        this.local = local;
        this.backoff = backoff;
        this.listener = new Thread(this::listen, "chat-signals-listener");
        listener.setDaemon(true);
    }

    /**
     * @param publishing the application's database, through which the callers' transactions run
     * @param listening where the listening connection comes from: kept open for good, so not the application's
     *     pool
     * @param local the subscribers of this instance; closed with this
     */
    public static PostgresChatSignals start(JdbcTemplate publishing, DataSource listening, LocalChatSignals local,
            Backoff backoff) {
        PostgresChatSignals signals = new PostgresChatSignals(publishing, listening, local, backoff);
        signals.listener.start();
        return signals;
    }

    @Override
    public void publish(ChatSignal signal) {
        String payload = payload(signal);
        publishing.execute("select pg_notify(?, ?)", (PreparedStatementCallback<Boolean>) statement -> {
            statement.setString(1, CHANNEL);
            statement.setString(2, payload);
            return statement.execute();
        });
    }

    @Override
    public Subscription subscribe(Consumer<ChatSignal> receiver) {
        return local.subscribe(receiver);
    }

    /** Whether this instance is listening now: signals published elsewhere reach its subscribers. */
    public boolean listening() {
        return connected;
    }

    private void listen() {
        int failedTries = 0;
        while (running) {
            try (Connection connection = listening.getConnection()) {
                connection.setAutoCommit(true);
                try (Statement statement = connection.createStatement()) {
                    statement.execute("listen " + CHANNEL);
                }
                connected = true;
                if (failedTries > 0) {
                    log.info("Live-chat signals between instances flow again after {} failed tries", failedTries);
                    // what other instances signalled meanwhile is lost: the consoles read the chats again
                    local.tell(ChatSignal.queue());
                    failedTries = 0;
                }
                receive(connection.unwrap(PGConnection.class));
                connected = false;
            } catch (SQLException | RuntimeException e) {
                connected = false;
                if (!running) {
                    return;
                }
                failedTries++;
                if (failedTries == 1) {
                    log.warn("Live-chat signals from other instances are not received: the listening connection "
                            + "failed ({}); connecting again with backoff", e.getMessage());
                }
                if (!pause(backoff.delayAfter(failedTries))) {
                    return;
                }
            }
        }
    }

    /** Waits on the connection's socket (no query is sent) until notifications come or the wait ends. */
    private void receive(PGConnection connection) throws SQLException {
        while (running) {
            PGNotification[] notifications = connection.getNotifications(WAIT_MILLIS);
            if (notifications == null) {
                continue;
            }
            for (PGNotification notification : notifications) {
                ChatSignal signal = parse(notification.getParameter());
                if (signal != null) {
                    local.tell(signal);
                }
            }
        }
    }

    /** @return false when told to stop meanwhile */
    private boolean pause(Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
            return running;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    static String payload(ChatSignal signal) {
        try {
            return JSON.writeValueAsString(signal);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A chat signal did not turn into JSON", e);
        }
    }

    /** @return null for a payload that is not a signal (another program's notification on the channel) */
    static ChatSignal parse(String payload) {
        try {
            return JSON.readValue(payload, ChatSignal.class);
        } catch (JsonProcessingException | RuntimeException e) {
            log.warn("Ignored a notification on {} that is not a live-chat signal: {}", CHANNEL, e.getMessage());
            return null;
        }
    }

    /** Stops listening (at the latest after one wait on the socket) and closes the local subscribers' thread. */
    @Override
    public void close() {
        running = false;
        listener.interrupt();
        try {
            listener.join(STOP_WAIT.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        local.close();
    }
}
