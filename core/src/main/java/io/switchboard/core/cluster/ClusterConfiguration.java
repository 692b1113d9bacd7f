package io.switchboard.core.cluster;

import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Chooses how pollers are shared between instances ({@code switchboard.cluster.pollers}). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ClusterProperties.class)
public class ClusterConfiguration {

    @Bean
    PollerLeadership pollerLeadership(ClusterProperties properties, ObjectProvider<DataSource> dataSource) {
        return switch (properties.pollers()) {
            case SINGLE_INSTANCE -> PollerLeadership.SINGLE_INSTANCE;
            case POSTGRES_LOCK -> new PostgresPollerLocks(dataSource.getObject());
        };
    }
}
