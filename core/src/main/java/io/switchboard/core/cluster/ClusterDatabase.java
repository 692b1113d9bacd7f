package io.switchboard.core.cluster;

import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;

/** The application's database as the cluster's PostgreSQL-only parts (shared limits, chat signals) need it. */
public final class ClusterDatabase {

    private ClusterDatabase() {
    }

    /**
     * @param setting the cluster setting that needs PostgreSQL, for the message
     * @return the datasource settings, once they are known to name a PostgreSQL database
     * @throws IllegalStateException when {@code spring.datasource.url} is not a PostgreSQL URL
     */
    public static DataSourceProperties requirePostgres(DataSourceProperties dataSource, String setting) {
        String url = dataSource.determineUrl();
        if (url == null || !url.startsWith("jdbc:postgresql:")) {
            // the scheme only: a URL may carry a password
            throw new IllegalStateException(setting + " needs spring.datasource.url to be a PostgreSQL database "
                    + "(jdbc:postgresql:...), got "
                    + (url == null ? "none" : url.substring(0, Math.max(0, url.indexOf(':', 5))) + ":..."));
        }
        return dataSource;
    }
}
