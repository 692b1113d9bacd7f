package io.switchboard.testing;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.ClassPathResource;

/**
 * How the full-application tests and the bench boot the application: a private database in H2's
 * PostgreSQL mode, a known admin password, and the Telegram connector on the fake Bot API. Here,
 * outside {@code app}, so that the bench depends on no test jar; nothing in it needs app's classes.
 */
public final class ApplicationSettings {

    /** What follows {@code jdbc:h2:mem:<name>;} or a file's name: H2 as the application runs it. */
    public static final String H2_MODE =
            "MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000;"
            + "QUERY_CACHE_SIZE=256";
    /** The secret Telegram sends with every webhook delivery. */
    public static final String WEBHOOK_SECRET = "flow-test-webhook-secret";
    /** The password of the configured {@code admin} account. */
    public static final String ADMIN_PASSWORD = "flow-test-admin-password";

    private static final String SHIPPED_H2_PREFIX = "jdbc:h2:file:./data/switchboard;";

    private ApplicationSettings() {
    }

    /**
     * The database URL the application ships with (application.yml, on the classpath), on the file {@code database}
     * instead of {@code ./data/switchboard}: the durability tests and the bench run the settings users run.
     */
    public static String shippedH2Url(Path database) {
        YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
        yaml.setResources(new ClassPathResource("application.yml"));
        String shipped = yaml.getObject().getProperty("spring.datasource.url");
        if (shipped == null || !shipped.startsWith(SHIPPED_H2_PREFIX)) {
            throw new IllegalStateException("application.yml no longer ships an H2 file database: " + shipped);
        }
        return "jdbc:h2:file:" + database.toAbsolutePath() + ";" + shipped.substring(SHIPPED_H2_PREFIX.length());
    }

    /**
     * The settings, by property name, of the application on {@code jdbcUrl} with its Telegram connector
     * on {@code telegram}.
     *
     * @param mode {@code polling} or {@code webhook}
     */
    public static Map<String, String> withTelegram(FakeTelegramServer telegram, String mode, String jdbcUrl) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("spring.datasource.url", jdbcUrl);
        settings.put("switchboard.admin.password", ADMIN_PASSWORD);
        settings.put("switchboard.telegram.bot-token", FakeTelegramServer.TOKEN);
        settings.put("switchboard.telegram.bot-username", FakeTelegramServer.BOT_USERNAME);
        settings.put("switchboard.telegram.api-url", telegram.apiUrl());
        settings.put("switchboard.telegram.mode", mode);
        settings.put("switchboard.telegram.webhook-secret", WEBHOOK_SECRET);
        settings.put("switchboard.telegram.poll-timeout", "1s");
        return settings;
    }

    /** The same settings as command-line arguments ({@code --name=value}). */
    public static String[] arguments(FakeTelegramServer telegram, String mode, String jdbcUrl) {
        return withTelegram(telegram, mode, jdbcUrl).entrySet().stream()
                .map(setting -> "--" + setting.getKey() + "=" + setting.getValue())
                .toArray(String[]::new);
    }
}
