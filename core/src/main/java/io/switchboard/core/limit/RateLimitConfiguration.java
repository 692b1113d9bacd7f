package io.switchboard.core.limit;

import com.zaxxer.hikari.HikariDataSource;
import io.switchboard.core.cluster.ClusterDatabase;
import io.switchboard.core.cluster.ClusterProperties;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Chooses where rate-limit buckets live ({@code switchboard.cluster.rate-limits}). */
@Configuration(proxyBeanMethods = false)
class RateLimitConfiguration {

    /** Bucket4j holds a connection only for one short select-update-commit. */
    private static final int CONNECTIONS = 4;

    @Bean
    RateLimits rateLimits(ClusterProperties cluster, Clock clock, ObjectProvider<DataSourceProperties> dataSource) {
        return switch (cluster.rateLimits()) {
            case MEMORY -> RateLimits.inMemory(clock);
            case POSTGRES -> new RateLimits(new PostgresBucketStore(connections(dataSource.getObject()), clock), clock);
        };
    }

    /** The application's database, through a small pool of the limits' own (see PostgresBucketStore). */
    private static HikariDataSource connections(DataSourceProperties dataSource) {
        HikariDataSource pool = ClusterDatabase.requirePostgres(dataSource, "switchboard.cluster.rate-limits=postgres")
                .initializeDataSourceBuilder().type(HikariDataSource.class).build();
        pool.setPoolName("rate-limits");
        pool.setMaximumPoolSize(CONNECTIONS);
        pool.setMinimumIdle(1);
        return pool;
    }
}
