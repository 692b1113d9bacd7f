package io.switchboard.core.livechat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.switchboard.core.cluster.ClusterConfiguration;
import io.switchboard.core.retry.Backoff;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.JdbcTemplateAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two instances on the machine's PostgreSQL (127.0.0.1, database {@code test}) with the cluster profile's
 * {@code switchboard.cluster.chat-signals=postgres}: what one instance signals in a committed transaction reaches
 * the other's receivers, a rolled-back one never does, and an instance whose listening connection is killed hears
 * again. Runs in the {@code cluster} Maven profile only.
 */
class ClusterChatSignalsTest {

    private static final String URL = "jdbc:postgresql://127.0.0.1:5432/test";

    private final DataSource database = new DriverManagerDataSource(URL, "postgres", "");
    private final RememberingListener secondListener = new RememberingListener(database);
    private final PostgresChatSignals first = instance(database);
    private final PostgresChatSignals second = instance(secondListener);
    private final TransactionTemplate onFirst = new TransactionTemplate(new DataSourceTransactionManager(database));
    private final List<ChatSignal> heardBySecond = new CopyOnWriteArrayList<>();

    @BeforeEach
    void listen() {
        second.subscribe(heardBySecond::add);
        await().atMost(Duration.ofSeconds(10)).until(() -> first.listening() && second.listening());
    }

    @AfterEach
    void stop() {
        first.close();
        second.close();
    }

    @Test
    void aLineStoredOnOneInstanceIsToldOnTheOther() {
        String visitor = visitor();

        onFirst.executeWithoutResult(status -> first.publish(ChatSignal.frame(visitor, 7)));
        // outside a transaction: at once
        first.publish(ChatSignal.typing(visitor, ChatSignal.Party.AGENT, "Alice 爱丽丝", true));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(of(visitor)).containsExactly(
                ChatSignal.frame(visitor, 7), ChatSignal.typing(visitor, ChatSignal.Party.AGENT, "Alice 爱丽丝", true)));
    }

    @Test
    void aLineRolledBackIsNeverTold() {
        String rolledBack = visitor();
        String after = visitor();

        onFirst.executeWithoutResult(status -> {
            first.publish(ChatSignal.frame(rolledBack, 1));
            status.setRollbackOnly();
        });
        // notifications of one sender arrive in commit order: once the later one is here, the other would be too
        onFirst.executeWithoutResult(status -> first.publish(ChatSignal.frame(after, 1)));

        await().atMost(Duration.ofSeconds(10)).until(() -> !of(after).isEmpty());
        assertThat(of(rolledBack)).isEmpty();
    }

    @Test
    void anInstanceWhoseConnectionIsKilledHearsAgain() throws SQLException {
        String visitor = visitor();
        int killed = secondListener.backendPid();

        new JdbcTemplate(database).queryForObject("select pg_terminate_backend(?)", Boolean.class, killed);
        await().atMost(Duration.ofSeconds(10)).until(() -> second.listening() && secondListener.opened() > 1);
        first.publish(ChatSignal.frame(visitor, 3));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(of(visitor)).containsExactly(ChatSignal.frame(visitor, 3)));
        assertThat(heardBySecond).as("the consoles are told to read the chats again").contains(ChatSignal.queue());
    }

    @Test
    void theClusterProfilesSettingListensUntilTheApplicationStops() {
        PostgresChatSignals[] configured = new PostgresChatSignals[1];
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
                        JdbcTemplateAutoConfiguration.class))
                .withUserConfiguration(ClusterConfiguration.class, LiveChatConfiguration.class)
                .withPropertyValues("spring.datasource.url=" + URL, "spring.datasource.username=postgres",
                        "spring.datasource.password=", "switchboard.cluster.chat-signals=postgres")
                .run(app -> {
                    configured[0] = (PostgresChatSignals) app.getBean(ChatSignals.class);
                    await().atMost(Duration.ofSeconds(10)).until(configured[0]::listening);
                });

        assertThat(configured[0].listening()).as("stopped with the application").isFalse();
    }

    private List<ChatSignal> of(String visitor) {
        return heardBySecond.stream().filter(signal -> visitor.equals(signal.visitorKey())).toList();
    }

    private static String visitor() {
        return "a:" + UUID.randomUUID();
    }

    private PostgresChatSignals instance(DataSource listening) {
        return PostgresChatSignals.start(new JdbcTemplate(database), listening, new LocalChatSignals(),
                Backoff.withoutJitter(Duration.ofMillis(100), Duration.ofSeconds(1)));
    }

    /** The listening connections an instance opened, so that the test can kill the one in use. */
    private static final class RememberingListener extends DelegatingDataSource {

        private final AtomicInteger opened = new AtomicInteger();
        private volatile Connection last;

        RememberingListener(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            Connection connection = super.getConnection();
            last = connection;
            opened.incrementAndGet();
            return connection;
        }

        int opened() {
            return opened.get();
        }

        int backendPid() throws SQLException {
            return last.unwrap(PGConnection.class).getBackendPID();
        }
    }
}
