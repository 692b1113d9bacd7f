package io.switchboard.bench;

import io.switchboard.SwitchboardApplication;
import io.switchboard.testing.ApplicationSettings;
import io.switchboard.testing.FakeTelegramServer;
import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The real application booted in this JVM as the full-application tests boot it: the Telegram
 * connector in webhook mode against the tests' fake Bot API on 127.0.0.1, a private in-memory
 * H2 database, a random port on 127.0.0.1.
 */
final class AppUnderTest implements AutoCloseable {

    /** Quiet start-up, so the bench's own lines stand out; warnings (a full intake queue...) still show. */
    private static final Map<String, String> BENCH_SETTINGS = Map.of(
            "server.port", "0",
            "server.address", "127.0.0.1",
            "spring.main.banner-mode", "off",
            "logging.level.root", "WARN");

    private final FakeTelegramServer telegram;
    private final ConfigurableApplicationContext context;

    private AppUnderTest(FakeTelegramServer telegram, ConfigurableApplicationContext context) {
        this.telegram = telegram;
        this.context = context;
    }

    /**
     * @param channels settings of further channels (the e-mail channel on the bench's mail server)
     * @param overrides {@code --name=value} arguments that replace the bench's settings or add to them
     */
    static AppUnderTest start(Map<String, String> channels, List<String> overrides) {
        FakeTelegramServer telegram = FakeTelegramServer.start();
        Map<String, String> settings = new LinkedHashMap<>(ApplicationSettings.withTelegram(telegram, "webhook",
                "jdbc:h2:mem:switchboard-bench;" + ApplicationSettings.H2_MODE));
        settings.putAll(BENCH_SETTINGS);
        settings.putAll(channels);
        overrides.forEach(argument -> put(settings, argument));
        // Spring Boot joins repeated options with commas, so each name is passed once.
        String[] arguments = settings.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        try {
            return new AppUnderTest(telegram, SpringApplication.run(SwitchboardApplication.class, arguments));
        } catch (RuntimeException e) {
            closeQuietly(telegram);
            throw e;
        }
    }

    private static void put(Map<String, String> settings, String argument) {
        int equals = argument.indexOf('=');
        if (!argument.startsWith("--") || equals < 0) {
            throw new IllegalArgumentException("expected --name=value, got " + argument);
        }
        settings.put(argument.substring(2, equals), argument.substring(equals + 1));
    }

    URI webhook() {
        return uri("/webhooks/telegram");
    }

    /** @param pathAndQuery an absolute path, with its query string encoded */
    URI uri(String pathAndQuery) {
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        return URI.create("http://127.0.0.1:" + port + pathAndQuery);
    }

    /** What Telegram sends with every update: the secret the connector was configured with. */
    Map<String, String> webhookHeaders() {
        return Map.of("X-Telegram-Bot-Api-Secret-Token", ApplicationSettings.WEBHOOK_SECRET);
    }

    /** The fake Bot API the application sends to. */
    FakeTelegramServer telegram() {
        return telegram;
    }

    /** One of the application's beans: the bench runs in its JVM and may listen where its parts listen. */
    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    JdbcTemplate jdbc() {
        return new JdbcTemplate(context.getBean(DataSource.class));
    }

    @Override
    public void close() {
        context.close();
        closeQuietly(telegram);
    }

    private static void closeQuietly(FakeTelegramServer telegram) {
        try {
            telegram.close();
        } catch (IOException e) {
            System.err.println("the fake Bot API did not stop cleanly: " + e.getMessage());
        }
    }
}
