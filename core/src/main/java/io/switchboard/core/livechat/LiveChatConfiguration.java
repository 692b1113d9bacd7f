package io.switchboard.core.livechat;

import io.switchboard.core.cluster.ClusterDatabase;
import io.switchboard.core.cluster.ClusterProperties;
import io.switchboard.core.retry.Backoff;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * The signals between the two sides of live chats: in memory unless the cluster's are configured
 * ({@code switchboard.cluster.chat-signals}).
 */
@Configuration(proxyBeanMethods = false)
public class LiveChatConfiguration {

    /** From a blip to a restarting database: the first try again soon, then no more than one every 30 seconds. */
    private static final Duration RECONNECT_FIRST = Duration.ofMillis(500);
    private static final Duration RECONNECT_MAX = Duration.ofSeconds(30);

    @Bean
    @ConditionalOnMissingBean(ChatSignals.class)
    ChatSignals chatSignals(ClusterProperties cluster, ObjectProvider<JdbcTemplate> jdbc,
            ObjectProvider<DataSourceProperties> dataSource) {
        return switch (cluster.chatSignals()) {
            case MEMORY -> new LocalChatSignals();
            case POSTGRES -> PostgresChatSignals.start(jdbc.getObject(), listening(dataSource.getObject()),
                    new LocalChatSignals(), new Backoff(RECONNECT_FIRST, RECONNECT_MAX,
                            () -> ThreadLocalRandom.current().nextDouble()));
        };
    }

    /**
     * The listening connection is held for the instance's life: it comes straight from the driver, so that it
     * takes nothing from the application's pool and no pool retires it under the listener.
     */
    private static SimpleDriverDataSource listening(DataSourceProperties dataSource) {
        return ClusterDatabase.requirePostgres(dataSource, "switchboard.cluster.chat-signals=postgres")
                .initializeDataSourceBuilder().type(SimpleDriverDataSource.class).build();
    }
}
